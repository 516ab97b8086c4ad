<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Actions</source>
        <comment>&amp;New project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Create a new project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Import project file…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Import a project from a project file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Export project file…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Save the open project as a project file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Delete project…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Delete the open project from the library</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Close Samverkan Desktop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Undo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Undo the last change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Redo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Redo the change you undid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Add</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Add a new item to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>De&amp;lete</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Delete the selected item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move &amp;up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the selected item up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move &amp;down</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the selected item down</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>New &amp;session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Plan a new session in the project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Go to &amp;navigator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Move the focus to the navigator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;Settings…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Language and other settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>&amp;About Samverkan Desktop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>Version and licences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionTable</source>
        <comment>Entries</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Samverkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your text is saved; the details are in the log file. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 could not be opened. It may be damaged or used by another program. Nothing was changed. Run “samverkan-desktop check” for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project “%1” in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samverkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFormEditor</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Samverkan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project in the navigator, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already has this project. Replace it with the file&apos;s version? What you changed since is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1” and everything recorded in it? You can undo this with Ctrl+Z until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandatesEditor</name>
    <message>
        <source>Political mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The political goals the report evaluates, as the board worded them. Each mandate is assessed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyCatalogueDialog</name>
    <message>
        <source>Add parties from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the parties to add. Parties the project already has are ticked and greyed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>filter values besides a party&apos;s id the user picked what to show: a party&apos;s id, ALL_PARTIES or NO_PARTY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part, for which party and in what role. Attendance lists are made from these people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HR manager, chief safety representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The person&apos;s %n attendance line(s) in sessions are deleted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person adjusted the minutes of %n session(s) and is removed as adjuster.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) name the person; they stay, without a person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People without a party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsEditor</name>
    <message>
        <source>Commission and project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the board asked for and who delivers the report. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dialogue report – central collaboration before budget 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ekdala kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central samverkansgrupp (CSG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KS 2025/0214</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioned &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission, quoted from the board&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kommundirektören</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>SessionTable</source>
        <comment>Date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionGuideEditor</name>
    <message>
        <source>Start from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the guide with a template of central questions about collaboration, with follow-up prompts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central questions every dialogue goes through, in this order. Follow-up prompts help the facilitator go deeper; link each question to the mandates it helps evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up questions for the facilitator, e.g. “Can you give an example?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link question to mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no political mandates yet. Add them under Political mandates, then link them to the questions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;mandates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question guide already has questions. Add the %1 questions of the template after them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessions</source>
        <extracomment>kinds whose changes alter what the table shows the user wants to open this session (its id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings, focus groups and workplace dialogues of the project, in date order. Open a session to plan its attendance and agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one with “New session”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new session and open it (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n recorded entries are deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
