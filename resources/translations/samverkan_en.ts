<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Actions</source>
        <comment>&amp;New project</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Create a new project</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Import project file…</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Import a project from a project file</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Export project file…</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Save the open project as a project file</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Delete project…</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Delete the open project from the library</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Quit</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Close Samverkan Desktop</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Undo</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Undo the last change</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Redo</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Redo the change you undid</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Add</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Add a new item to the list</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>De&amp;lete</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Delete the selected item</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move &amp;up</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the selected item up</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move &amp;down</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the selected item down</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>New &amp;session</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Plan a new session in the project</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Go to &amp;navigator</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the focus to the navigator</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Settings…</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Language and other settings</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;About Samverkan Desktop</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Version and licences</comment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Time</comment>
        <translation>SessionTable</translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Kind</comment>
        <translation>SessionTable</translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Title</comment>
        <translation>SessionTable</translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Status</comment>
        <translation>SessionTable</translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Entries</comment>
        <translation>SessionTable</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Samverkan Desktop</source>
        <translation>About Samverkan Desktop</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your text is saved; the details are in the log file. You can keep working.</source>
        <translation>Something unexpected went wrong. Your text is saved; the details are in the log file. You can keep working.</translation>
    </message>
    <message>
        <source>The library in %1 could not be opened. It may be damaged or used by another program. Nothing was changed. Run “samverkan-desktop check” for details.</source>
        <translation>The library in %1 could not be opened. It may be damaged or used by another program. Nothing was changed. Run “samverkan-desktop check” for details.</translation>
    </message>
    <message>
        <source>There is no project “%1” in the library.</source>
        <translation>There is no project “%1” in the library.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Samverkan Desktop</source>
        <translation>Samverkan Desktop</translation>
    </message>
</context>
<context>
    <name>ListFormEditor</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Delete (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Move up (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Move down (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Nothing changed yet</translation>
    </message>
    <message>
        <source>Welcome to Samverkan Desktop</source>
        <translation>Welcome to Samverkan Desktop</translation>
    </message>
    <message>
        <source>Choose a project in the navigator, or create a new one.</source>
        <translation>Choose a project in the navigator, or create a new one.</translation>
    </message>
    <message>
        <source>Create new project</source>
        <translation>Create new project</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choose a project first.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Import project file</source>
        <translation>Import project file</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>Project files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Replace project?</source>
        <translation>Replace project?</translation>
    </message>
    <message>
        <source>The library already has this project. Replace it with the file's version? What you changed since is lost.</source>
        <translation>The library already has this project. Replace it with the file's version? What you changed since is lost.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Export project file</source>
        <translation>Export project file</translation>
    </message>
    <message>
        <source>Project files (*.json)</source>
        <translation>Project files (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete the project “%1” and everything recorded in it? You can undo this with Ctrl+Z until you close the app.</source>
        <translation>Delete the project “%1” and everything recorded in it? You can undo this with Ctrl+Z until you close the app.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
</context>
<context>
    <name>MandatesEditor</name>
    <message>
        <source>Political mandates</source>
        <translation>Political mandates</translation>
    </message>
    <message>
        <source>The political goals the report evaluates, as the board worded them. Each mandate is assessed in the report.</source>
        <translation>The political goals the report evaluates, as the board worded them. Each mandate is assessed in the report.</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Add mandate</translation>
    </message>
    <message>
        <source>New mandate</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Mandate title</source>
        <translation>Mandate title</translation>
    </message>
    <message>
        <source>Mandate code</source>
        <translation>Mandate code</translation>
    </message>
    <message>
        <source>Mandate description</source>
        <translation>Mandate description</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Political mandates</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <source>Parties and people</source>
        <translation>Parties and people</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>PartyCatalogueDialog</name>
    <message>
        <source>Add parties from the list</source>
        <translation>Add parties from the list</translation>
    </message>
    <message>
        <source>Tick the parties to add. Parties the project already has are ticked and greyed out.</source>
        <translation>Tick the parties to add. Parties the project already has are ticked and greyed out.</translation>
    </message>
    <message>
        <source>Common parties</source>
        <translation>Common parties</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>Already in the project</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add (%n)</source>
        <translation>
            <numerusform>&amp;Add (%n)</numerusform>
            <numerusform>&amp;Add (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>filter values besides a party's id the user picked what to show: a party's id, ALL_PARTIES or NO_PARTY</extracomment>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Who takes part, for which party and in what role. Attendance lists are made from these people.</source>
        <translation>Who takes part, for which party and in what role. Attendance lists are made from these people.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Show the people of</source>
        <translation>Show the people of</translation>
    </message>
    <message>
        <source>e.g. HR manager, chief safety representative</source>
        <translation>e.g. HR manager, chief safety representative</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation>&amp;Role or title:</translation>
    </message>
    <message>
        <source>Person's name</source>
        <translation>Person's name</translation>
    </message>
    <message>
        <source>Person's party</source>
        <translation>Person's party</translation>
    </message>
    <message>
        <source>Person's role</source>
        <translation>Person's role</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>The person's %n attendance line(s) in sessions are deleted too.</source>
        <translation>
            <numerusform>The person's %n attendance line(s) in sessions are deleted too.</numerusform>
            <numerusform>The person's %n attendance line(s) in sessions are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person adjusted the minutes of %n session(s) and is removed as adjuster.</source>
        <translation>
            <numerusform>The person adjusted the minutes of %n session(s) and is removed as adjuster.</numerusform>
            <numerusform>The person adjusted the minutes of %n session(s) and is removed as adjuster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) name the person; they stay, without a person.</source>
        <translation>
            <numerusform>%n entry(s) name the person; they stay, without a person.</numerusform>
            <numerusform>%n entry(s) name the person; they stay, without a person.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
    <message>
        <source>People without a party</source>
        <translation>People without a party</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsEditor</name>
    <message>
        <source>Commission and project details</source>
        <translation>Commission and project details</translation>
    </message>
    <message>
        <source>What the board asked for and who delivers the report. Everything is saved as you type.</source>
        <translation>What the board asked for and who delivers the report. Everything is saved as you type.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>e.g. Dialogue report – central collaboration before budget 2026</source>
        <translation>e.g. Dialogue report – central collaboration before budget 2026</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. Ekdala kommun</source>
        <translation>e.g. Ekdala kommun</translation>
    </message>
    <message>
        <source>&amp;Reporting body:</source>
        <translation>&amp;Reporting body:</translation>
    </message>
    <message>
        <source>e.g. Central samverkansgrupp (CSG)</source>
        <translation>e.g. Central samverkansgrupp (CSG)</translation>
    </message>
    <message>
        <source>&amp;Budget year:</source>
        <translation>&amp;Budget year:</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>e.g. KS 2025/0214</source>
        <translation>e.g. KS 2025/0214</translation>
    </message>
    <message>
        <source>Commissioned &amp;by:</source>
        <translation>Commissioned &amp;by:</translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen</source>
        <translation>e.g. Kommunstyrelsen</translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation>D&amp;ecision date:</translation>
    </message>
    <message>
        <source>The commission, quoted from the board's decision</source>
        <translation>The commission, quoted from the board's decision</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>C&amp;ommission:</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>e.g. Kommundirektören</source>
        <translation>e.g. Kommundirektören</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>SessionTable</source>
        <comment>Date</comment>
        <translation>SessionTable</translation>
    </message>
</context>
<context>
    <name>QuestionGuideEditor</name>
    <message>
        <source>Start from &amp;template</source>
        <translation>Start from &amp;template</translation>
    </message>
    <message>
        <source>Fill the guide with a template of central questions about collaboration, with follow-up prompts (%1)</source>
        <translation>Fill the guide with a template of central questions about collaboration, with follow-up prompts (%1)</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <source>The central questions every dialogue goes through, in this order. Follow-up prompts help the facilitator go deeper; link each question to the mandates it helps evaluate.</source>
        <translation>The central questions every dialogue goes through, in this order. Follow-up prompts help the facilitator go deeper; link each question to the mandates it helps evaluate.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Follow-up prompts</source>
        <translation>Follow-up prompts</translation>
    </message>
    <message>
        <source>Follow-up questions for the facilitator, e.g. “Can you give an example?”</source>
        <translation>Follow-up questions for the facilitator, e.g. “Can you give an example?”</translation>
    </message>
    <message>
        <source>Link question to mandates</source>
        <translation>Link question to mandates</translation>
    </message>
    <message>
        <source>The project has no political mandates yet. Add them under Political mandates, then link them to the questions here.</source>
        <translation>The project has no political mandates yet. Add them under Political mandates, then link them to the questions here.</translation>
    </message>
    <message>
        <source>Linked mandates</source>
        <translation>Linked mandates</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Follow-up prompts:</source>
        <translation>&amp;Follow-up prompts:</translation>
    </message>
    <message>
        <source>Linked &amp;mandates:</source>
        <translation>Linked &amp;mandates:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Question text</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Start from template</translation>
    </message>
    <message>
        <source>The question guide already has questions. Add the %1 questions of the template after them?</source>
        <translation>The question guide already has questions. Add the %1 questions of the template after them?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Add after them</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessions</source>
        <extracomment>kinds whose changes alter what the table shows the user wants to open this session (its id)</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>The meetings, focus groups and workplace dialogues of the project, in date order. Open a session to plan its attendance and agenda.</source>
        <translation>The meetings, focus groups and workplace dialogues of the project, in date order. Open a session to plan its attendance and agenda.</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one with “New session”.</source>
        <translation>No sessions yet. Plan the first one with “New session”.</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <source>Plan a new session and open it (Ctrl+N)</source>
        <translation>Plan a new session and open it (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected session (Enter)</source>
        <translation>Open the selected session (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected session (Ctrl+Delete)</source>
        <translation>Delete the selected session (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Delete the session “%1” of %2?</source>
        <translation>Delete the session “%1” of %2?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n recorded entries are deleted with it.</source>
        <translation>
            <numerusform>Its %n recorded entries are deleted with it.</numerusform>
            <numerusform>Its %n recorded entries are deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
</context>
</TS>
