<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Samverkan Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Samverkan Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (the GPL text it builds on is listed under Samverkan Desktop). You may replace the Qt and PySide6 libraries in the program folder (the Qt6*.dll files and the PySide6 and shiboken6 folders) with your own compatible build of the same version; their source code is at https://code.qt.io.</source>
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (the GPL text it builds on is listed under Samverkan Desktop). You may replace the Qt and PySide6 libraries in the program folder (the Qt6*.dll files and the PySide6 and shiboken6 folders) with your own compatible build of the same version; their source code is at https://code.qt.io.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font is used in the reports and the minutes.</source>
        <translation>The DejaVu Sans font is used in the reports and the minutes.</translation>
    </message>
    <message>
        <source>platformdirs, jsonschema, fastjsonschema, attrs, referencing, rpds-py, jsonschema-specifications, Mako, MarkupSafe, typing_extensions, Pillow and charset-normalizer.</source>
        <translation>platformdirs, jsonschema, fastjsonschema, attrs, referencing, rpds-py, jsonschema-specifications, Mako, MarkupSafe, typing_extensions, Pillow and charset-normalizer.</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu fonts</translation>
    </message>
    <message>
        <source>Other Python components</source>
        <translation>Other Python components</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: %1</source>
        <translation>The licence text is missing from this installation: %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Samverkan Desktop</source>
        <translation>About Samverkan Desktop</translation>
    </message>
    <message>
        <source>Minutes, structured dialogues and the dialogue report for central collaboration.</source>
        <translation>Minutes, structured dialogues and the dialogue report for central collaboration.</translation>
    </message>
    <message>
        <source>Works offline: nothing leaves this computer.</source>
        <translation>Works offline: nothing leaves this computer.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licences:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Start &amp;page</source>
        <translation>Start &amp;page</translation>
    </message>
    <message>
        <source>Show the start page: new project, the example project, your projects</source>
        <translation>Show the start page: new project, the example project, your projects</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Create a new project</source>
        <translation>Create a new project</translation>
    </message>
    <message>
        <source>&amp;Import project file…</source>
        <translation>&amp;Import project file…</translation>
    </message>
    <message>
        <source>Import a project from a project file</source>
        <translation>Import a project from a project file</translation>
    </message>
    <message>
        <source>&amp;Export project file…</source>
        <translation>&amp;Export project file…</translation>
    </message>
    <message>
        <source>Save the open project as a project file</source>
        <translation>Save the open project as a project file</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Delete project…</translation>
    </message>
    <message>
        <source>Delete the open project from the library</source>
        <translation>Delete the open project from the library</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Samverkan Desktop</source>
        <translation>Close Samverkan Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Redo the change you undid</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>New &amp;session</translation>
    </message>
    <message>
        <source>Plan a new session in the project</source>
        <translation>Plan a new session in the project</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Start &amp;meeting mode</translation>
    </message>
    <message>
        <source>Take the minutes of the selected session live</source>
        <translation>Take the minutes of the selected session live</translation>
    </message>
    <message>
        <source>&amp;Minutes of the session…</source>
        <translation>&amp;Minutes of the session…</translation>
    </message>
    <message>
        <source>Preview the session's minutes as PDF, then save or print them</source>
        <translation>Preview the session's minutes as PDF, then save or print them</translation>
    </message>
    <message>
        <source>Choose the contents, preview the report as PDF, then save or print</source>
        <translation>Choose the contents, preview the report as PDF, then save or print</translation>
    </message>
    <message>
        <source>Dialogue &amp;report…</source>
        <translation>Dialogue &amp;report…</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>Import &amp;answers…</translation>
    </message>
    <message>
        <source>Import employees' written answers from a survey export (Excel or CSV); the respondents' identity is never stored</source>
        <translation>Import employees' written answers from a survey export (Excel or CSV); the respondents' identity is never stored</translation>
    </message>
    <message>
        <source>Pre&amp;vious round…</source>
        <translation>Pre&amp;vious round…</translation>
    </message>
    <message>
        <source>Link the project to the previous round and match its mandates, questions and tags</source>
        <translation>Link the project to the previous round and match its mandates, questions and tags</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Go to &amp;navigator</translation>
    </message>
    <message>
        <source>Move the focus to the navigator</source>
        <translation>Move the focus to the navigator</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Search the project's minutes, memos and texts (also Ctrl+F)</source>
        <translation>Search the project's minutes, memos and texts (also Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language and other settings</source>
        <translation>Language and other settings</translation>
    </message>
    <message>
        <source>&amp;About Samverkan Desktop</source>
        <translation>&amp;About Samverkan Desktop</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Improvement area</source>
        <translation>Improvement area</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Go back to one of the library's backups (it can be undone)</source>
        <translation>Go back to one of the library's backups (it can be undone)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>The user guide, at the chapter about the screen in front</source>
        <translation>The user guide, at the chapter about the screen in front</translation>
    </message>
    <message>
        <source>Send &amp;out sessions…</source>
        <translation>Send &amp;out sessions…</translation>
    </message>
    <message>
        <source>Write chosen sessions to a file for another secretary to record</source>
        <translation>Write chosen sessions to a file for another secretary to record</translation>
    </message>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>Re&amp;ceive…</translation>
    </message>
    <message>
        <source>Merge a copy sent back by another secretary into the project, with a preview first</source>
        <translation>Merge a copy sent back by another secretary into the project, with a preview first</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <source>Write the sessions you recorded to a file for the one who sent them out</source>
        <translation>Write the sessions you recorded to a file for the one who sent them out</translation>
    </message>
    <message>
        <source>&amp;Notice and agenda…</source>
        <translation>&amp;Notice and agenda…</translation>
    </message>
    <message>
        <source>Preview the notice of the session with its agenda, then save it (PDF or Word) or print it to send before the meeting</source>
        <translation>Preview the notice of the session with its agenda, then save it (PDF or Word) or print it to send before the meeting</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What was decided to be done, by whom and when. Open actions from earlier sessions are shown when meeting mode starts a new session.</source>
        <translation>What was decided to be done, by whom and when. Open actions from earlier sessions are shown when meeting mode starts a new session.</translation>
    </message>
    <message>
        <source>Show &amp;only open actions</source>
        <translation>Show &amp;only open actions</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Delete (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Who is responsible, e.g. “HR-chefen”</source>
        <translation>Who is responsible, e.g. “HR-chefen”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Decided at sess&amp;ion:</source>
        <translation>Decided at sess&amp;ion:</translation>
    </message>
    <message>
        <source>Improvement a&amp;rea:</source>
        <translation>Improvement a&amp;rea:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Action text</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Action owner</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Action due date</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Action status</translation>
    </message>
    <message>
        <source>Action session</source>
        <translation>Action session</translation>
    </message>
    <message>
        <source>Action improvement area</source>
        <translation>Action improvement area</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Delete the action “%1”?</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Delete action</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the minutes</source>
        <translation>Adjust the minutes</translation>
    </message>
    <message>
        <source>The adjusters approve the minutes. After adjusting, the minutes are locked; reopening them is recorded.</source>
        <translation>The adjusters approve the minutes. After adjusting, the minutes are locked; reopening them is recorded.</translation>
    </message>
    <message>
        <source>&amp;Adjusted by:</source>
        <translation>&amp;Adjusted by:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Adjust and lock</source>
        <translation>Adjust and lock</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Standard age&amp;nda</source>
        <extracomment>the selected agenda item changed (the Row, or None)</extracomment>
        <translation>Standard age&amp;nda</translation>
    </message>
    <message>
        <source>Fill the empty agenda with the usual formal items: opening, election of adjusters, approval of the agenda … closing</source>
        <translation>Fill the empty agenda with the usual formal items: opening, election of adjusters, approval of the agenda … closing</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The items are numbered § 1, § 2 … in this order; moving or deleting an item renumbers the rest.</source>
        <translation>The items are numbered § 1, § 2 … in this order; moving or deleting an item renumbers the rest.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n minute note(s) are deleted with it.</source>
        <translation>
            <numerusform>%n minute note is deleted with it.</numerusform>
            <numerusform>%n minute notes are deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Agenda item title</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Question of the item</source>
        <translation>Question of the item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Standard agenda</source>
        <translation>Standard agenda</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>What works (strengths)</source>
        <translation>What works (strengths)</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Analysis</source>
        <extracomment>kinds whose changes alter what the analysis shows</extracomment>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Everything said about a theme, a strength or an improvement area, across all sessions. Pick a tag to read its passages; the overview counts them per session and per party.</source>
        <translation>Everything said about a theme, a strength or an improvement area, across all sessions. Pick a tag to read its passages; the overview counts them per session and per party.</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>S&amp;urvey</translation>
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
        <source>The minutes could not be opened; the details are in the log file.</source>
        <translation>The minutes could not be opened; the details are in the log file.</translation>
    </message>
    <message>
        <source>There is no project “%1” in the library.</source>
        <translation>There is no project “%1” in the library.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Strengthened</source>
        <translation>Strengthened</translation>
    </message>
    <message>
        <source>Partly strengthened</source>
        <translation>Partly strengthened</translation>
    </message>
    <message>
        <source>Not strengthened</source>
        <translation>Not strengthened</translation>
    </message>
    <message>
        <source>Cannot be assessed</source>
        <translation>Cannot be assessed</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Not yet rated</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Assessment of the mandates</source>
        <extracomment>the user asked to see an entry of the evidence (its id) (entry, tagging) of the passages chosen as quotes for the shown mandate</extracomment>
        <translation>Assessment of the mandates</translation>
    </message>
    <message>
        <source>Rate each political mandate and motivate the rating, with the evidence linked to it beside you. Double-click a passage to open its entry.</source>
        <translation>Rate each political mandate and motivate the rating, with the evidence linked to it beside you. Double-click a passage to open its entry.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <source>&amp;Mandates</source>
        <translation>&amp;Mandates</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>&amp;Strengthened</source>
        <translation>&amp;Strengthened</translation>
    </message>
    <message>
        <source>Pa&amp;rtly strengthened</source>
        <translation>Pa&amp;rtly strengthened</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>Evi&amp;dence</translation>
    </message>
    <message>
        <source>&amp;Not strengthened</source>
        <translation>&amp;Not strengthened</translation>
    </message>
    <message>
        <source>Cannot &amp;be assessed</source>
        <translation>Cannot &amp;be assessed</translation>
    </message>
    <message>
        <source>Why this rating? Refer to what the dialogues showed.</source>
        <translation>Why this rating? Refer to what the dialogues showed.</translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation>M&amp;otivation:</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Evidence linked to the mandate</source>
        <translation>Evidence linked to the mandate</translation>
    </message>
    <message>
        <source>No mandates yet</source>
        <translation>No mandates yet</translation>
    </message>
    <message>
        <source>Add the political mandates under “Political mandates” first.</source>
        <translation>Add the political mandates under “Political mandates” first.</translation>
    </message>
    <message>
        <source>Answers to the questions linked to the mandate (%1)</source>
        <translation>Answers to the questions linked to the mandate (%1)</translation>
    </message>
    <message>
        <source>Passages tagged with tags linked to the mandate (%1)</source>
        <translation>Passages tagged with tags linked to the mandate (%1)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Quote in the report…</translation>
    </message>
    <message>
        <source>Choose the selected passage as a quote the report prints first for this mandate (★ marks the chosen ones)</source>
        <translation>Choose the selected passage as a quote the report prints first for this mandate (★ marks the chosen ones)</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <extracomment>internal id of a party row; a person row's internal id is its party's row + 1</extracomment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Role in the meeting</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Without a party</source>
        <translation>Without a party</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 of %2 present</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Tick who attended, party by party. Space ticks the selected person, F2 changes the role. Everyone in the project is listed; add people under Parties and people.</source>
        <extracomment>changes to these kinds alter the list (people and parties are edited elsewhere)</extracomment>
        <translation>Tick who attended, party by party. Space ticks the selected person, F2 changes the role. Everyone in the project is listed; add people under Parties and people.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mark &amp;party present</source>
        <translation>Mark &amp;party present</translation>
    </message>
    <message>
        <source>Mark everyone of the selected party present</source>
        <translation>Mark everyone of the selected party present</translation>
    </message>
    <message>
        <source>Mark &amp;everyone present</source>
        <translation>Mark &amp;everyone present</translation>
    </message>
    <message>
        <source>Mark every person in the list present</source>
        <translation>Mark every person in the list present</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Change attendance</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Mark absent</translation>
    </message>
</context>
<context>
    <name>BeforeReportPanel</name>
    <message>
        <source>What remains before the report is final</source>
        <translation>What remains before the report is final</translation>
    </message>
    <message>
        <source>Names in the entries (the report names no one)</source>
        <translation>Names in the entries (the report names no one)</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
    <message>
        <source>the other side's version of %1, kept beside it after a conflict</source>
        <translation>the other side's version of %1, kept beside it after a conflict</translation>
    </message>
    <message>
        <source>Recorded here (sent by %1)</source>
        <translation>Recorded here (sent by %1)</translation>
    </message>
    <message>
        <source>Sent out to %1</source>
        <translation>Sent out to %1</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Political mandates</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Minute notes</source>
        <translation>Minute notes</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Taggings</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>political mandate</source>
        <translation>political mandate</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>attendance line</source>
        <translation>attendance line</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>minute note</source>
        <translation>minute note</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Project details</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>What the board asked for and who the report is for. You can change everything later.</source>
        <translation>What the board asked for and who the report is for. You can change everything later.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>e.g. Dialogue report – central collaboration 2026</source>
        <translation>e.g. Dialogue report – central collaboration 2026</translation>
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
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>e.g. KS 2026/0214</source>
        <translation>e.g. KS 2026/0214</translation>
    </message>
    <message>
        <source>B&amp;udget year:</source>
        <translation>B&amp;udget year:</translation>
    </message>
    <message>
        <source>Commissioned b&amp;y:</source>
        <translation>Commissioned b&amp;y:</translation>
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
        <source>Co&amp;mmission:</source>
        <translation>Co&amp;mmission:</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>The project needs a title.</translation>
    </message>
    <message>
        <source>&amp;Collaboration body:</source>
        <translation>&amp;Collaboration body:</translation>
    </message>
    <message>
        <source>e.g. Central samverkansgrupp (CSG)</source>
        <translation>e.g. Central samverkansgrupp (CSG)</translation>
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
    <name>DiskFaultBar</name>
    <message>
        <source>Saving problem</source>
        <translation>Saving problem</translation>
    </message>
</context>
<context>
    <name>EarlyInput</name>
    <message>
        <source>What you typed could not be saved; it is on the clipboard, so that you can paste it where it belongs.</source>
        <translation>What you typed could not be saved; it is on the clipboard, so that you can paste it where it belongs.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Earlier entries</source>
        <translation>Earlier entries</translation>
    </message>
</context>
<context>
    <name>ErasePerson</name>
    <message>
        <source>no party</source>
        <translation>no party</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1” (%2)? This is what happens:</source>
        <translation>Erase the personal data of “%1” (%2)? This is what happens:</translation>
    </message>
    <message>
        <source>• The name becomes “%1” in the list of people, in the attendance and wherever the full name is written in the project's texts (attendance lines: %2, places in the texts: %3).</source>
        <translation>• The name becomes “%1” in the list of people, in the attendance and wherever the full name is written in the project's texts (attendance lines: %2, places in the texts: %3).</translation>
    </message>
    <message>
        <source>• The entries keep their party but no longer name the person (entries: %1).</source>
        <translation>• The entries keep their party but no longer name the person (entries: %1).</translation>
    </message>
    <message>
        <source>• Every backup in the data folder is deleted, since they hold the name (files: %1); a new backup is made afterwards.</source>
        <translation>• Every backup in the data folder is deleted, since they hold the name (files: %1); a new backup is made afterwards.</translation>
    </message>
    <message>
        <source>• Adjusted minutes that change get a note that they were anonymised (sessions: %1).</source>
        <translation>• Adjusted minutes that change get a note that they were anonymised (sessions: %1).</translation>
    </message>
    <message>
        <source>The personal data is erased and a new backup is made. Places where the name was replaced: %1. Entries that keep their party without a person: %2. Backups deleted: %3.</source>
        <translation>The personal data is erased and a new backup is made. Places where the name was replaced: %1. Entries that keep their party without a person: %2. Backups deleted: %3.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Erasing personal data…</translation>
    </message>
    <message>
        <source>• Open meeting mode windows of the project are closed and the undo history is emptied. The erasure cannot be undone.</source>
        <translation>• Open meeting mode windows of the project are closed and the undo history is emptied. The erasure cannot be undone.</translation>
    </message>
    <message>
        <source>Files you exported earlier (project files, archives, PDFs) are not changed; delete them yourself if they should go too.</source>
        <translation>Files you exported earlier (project files, archives, PDFs) are not changed; delete them yourself if they should go too.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Meeting mode could not be closed, so nothing was erased. Try again in a moment.</source>
        <translation>Meeting mode could not be closed, so nothing was erased. Try again in a moment.</translation>
    </message>
    <message>
        <source>Finding the personal data…</source>
        <translation>Finding the personal data…</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Tags</source>
        <extracomment>the party filter's value for entries without a party the tag list widens to its longest name, up to this many em</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <source>Include s&amp;ub-tags</source>
        <translation>Include s&amp;ub-tags</translation>
    </message>
    <message>
        <source>Also show the passages of the tags nested under the chosen tag</source>
        <translation>Also show the passages of the tags nested under the chosen tag</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>&amp;Go to entry</source>
        <translation>&amp;Go to entry</translation>
    </message>
    <message>
        <source>Open the entry of the selected passage in its session (Enter)</source>
        <translation>Open the entry of the selected passage in its session (Enter)</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>The whole entry</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Choose a tag on the left to see every passage tagged with it.</source>
        <translation>Choose a tag on the left to see every passage tagged with it.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Quote in the report…</translation>
    </message>
    <message>
        <source>Choose the selected passage as a quote the report prints first, for this tag or a mandate</source>
        <translation>Choose the selected passage as a quote the report prints first, for this tag or a mandate</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Follow-up of the previous round</source>
        <extracomment>kinds whose changes alter what this view shows the user asked to link the previous round (the main window opens its dialog)</extracomment>
        <translation>Follow-up of the previous round</translation>
    </message>
    <message>
        <source>&amp;Link the previous round…</source>
        <translation>&amp;Link the previous round…</translation>
    </message>
    <message>
        <source>The previous round's improvement areas</source>
        <translation>The previous round's improvement areas</translation>
    </message>
    <message>
        <source>&amp;Improvement areas then</source>
        <translation>&amp;Improvement areas then</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>In &amp;progress</translation>
    </message>
    <message>
        <source>&amp;Not started</source>
        <translation>&amp;Not started</translation>
    </message>
    <message>
        <source>No &amp;longer relevant</source>
        <translation>No &amp;longer relevant</translation>
    </message>
    <message>
        <source>What was done, and what it led to.</source>
        <translation>What was done, and what it led to.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>Follow-up comment</translation>
    </message>
    <message>
        <source>Matched tag</source>
        <translation>Matched tag</translation>
    </message>
    <message>
        <source>&amp;Tag in this round:</source>
        <translation>&amp;Tag in this round:</translation>
    </message>
    <message>
        <source>Entries of this round</source>
        <translation>Entries of this round</translation>
    </message>
    <message>
        <source>This round's entries that speak to the improvement area</source>
        <translation>This round's entries that speak to the improvement area</translation>
    </message>
    <message>
        <source>Link the project to the previous round to follow up the improvement areas it proposed: what was done, what is in progress, and what this round's dialogues and written answers say about them.</source>
        <translation>Link the project to the previous round to follow up the improvement areas it proposed: what was done, what is in progress, and what this round's dialogues and written answers say about them.</translation>
    </message>
    <message>
        <source>The improvement areas of “%1”%2: %3 of %4 are followed up. This follow-up is the strongest evidence of what has been strengthened.</source>
        <translation>The improvement areas of “%1”%2: %3 of %4 are followed up. This follow-up is the strongest evidence of what has been strengthened.</translation>
    </message>
    <message>
        <source>— no match —</source>
        <translation>— no match —</translation>
    </message>
    <message>
        <source>The previous round proposed no improvement areas.</source>
        <translation>The previous round proposed no improvement areas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) spoke to it then.</source>
        <translation>
            <numerusform>%n entry spoke to it then.</numerusform>
            <numerusform>%n entries spoke to it then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal then: %1</source>
        <translation>Proposal then: %1</translation>
    </message>
    <message>
        <source>No tag of this round is matched to the improvement area, so no entries are shown. Choose the tag below.</source>
        <translation>No tag of this round is matched to the improvement area, so no entries are shown. Choose the tag below.</translation>
    </message>
    <message>
        <source>Entries of this round tagged “%1” (%2)</source>
        <translation>Entries of this round tagged “%1” (%2)</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Follow-up status</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>The library in %1 is already open in Samverkan Desktop. Switch to that window: a library can only be open once, so that no two windows write the same minutes.</source>
        <translation>The library in %1 is already open in Samverkan Desktop. Switch to that window: a library can only be open once, so that no two windows write the same minutes.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected went wrong and the work was stopped. Your data is not affected; the details are in the log file.</source>
        <translation>Something unexpected went wrong and the work was stopped. Your data is not affected; the details are in the log file.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>a job that writes the library ended done: what it wrote is stored (the save label says so)</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Samverkan Desktop</source>
        <translation>Samverkan Desktop</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>KeyOverview</name>
    <message>
        <source>Keys in meeting mode</source>
        <translation>Keys in meeting mode</translation>
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
    <name>LocationNotice</name>
    <message>
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <source>&amp;Reopen the minutes…</source>
        <translation>&amp;Reopen the minutes…</translation>
    </message>
    <message>
        <source>These minutes are adjusted and locked: nothing in them can be changed. Tagging still works. To change them, reopen them here (%1); they must then be adjusted again.</source>
        <translation>These minutes are adjusted and locked: nothing in them can be changed. Tagging still works. To change them, reopen them here (%1); they must then be adjusted again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <extracomment>where the long jobs run (None: a thread each); tests may put a SyncRunner here</extracomment>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Nothing changed yet</translation>
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
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Choose a session in the navigator first.</source>
        <translation>Choose a session in the navigator first.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Open a project first.</translation>
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
    <message>
        <source>Not everything is saved</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be saved right now (see the red bar). If you quit, it is lost. Quit anyway?</source>
        <translation>Some of what you typed cannot be saved right now (see the red bar). If you quit, it is lost. Quit anyway?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>No project is open. Create one (Ctrl+Shift+N) or open one on the start page.</source>
        <translation>No project is open. Create one (Ctrl+Shift+N) or open one on the start page.</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
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
    <message>
        <source>Link mandate to questions</source>
        <translation>Link mandate to questions</translation>
    </message>
    <message>
        <source>The question guide has no questions yet. Add them under Question guide, then link them to the mandates here.</source>
        <translation>The question guide has no questions yet. Add them under Question guide, then link them to the mandates here.</translation>
    </message>
    <message>
        <source>Linked questions</source>
        <translation>Linked questions</translation>
    </message>
    <message>
        <source>The questions of the guide whose answers help evaluate the mandate</source>
        <translation>The questions of the guide whose answers help evaluate the mandate</translation>
    </message>
    <message>
        <source>Linked &amp;questions:</source>
        <translation>Linked &amp;questions:</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Add mandate</source>
        <translation>&amp;Add mandate</translation>
    </message>
    <message>
        <source>&amp;Remove mandate</source>
        <translation>&amp;Remove mandate</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Political mandates</translation>
    </message>
    <message>
        <source>The mandates the report follows up, e.g. "U1 – Strengthen collaboration at the workplace". You can add them later too.</source>
        <translation>The mandates the report follows up, e.g. "U1 – Strengthen collaboration at the workplace". You can add them later too.</translation>
    </message>
    <message>
        <source>Every mandate needs a title. Write one, or remove the mandate.</source>
        <translation>Every mandate needs a title. Write one, or remove the mandate.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Total</source>
        <extracomment>the (tag id, session id or None, party id or None, is party column) of a cell</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
    <message>
        <source>Entries without a party</source>
        <translation>Entries without a party</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Only an entry of kind action becomes an action item (Ctrl+3 marks the kind).</source>
        <translation>Only an entry of kind action becomes an action item (Ctrl+3 marks the kind).</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Create action</translation>
    </message>
    <message>
        <source>Action item created. Add its owner and due date under Actions; Ctrl+Z undoes it.</source>
        <translation>Action item created. Add its owner and due date under Actions; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>The words tagged with %1 were changed: the tagging now applies to the whole entry (its memo quotes the old words). Ctrl+Z restores them.</source>
        <translation>The words tagged with %1 were changed: the tagging now applies to the whole entry (its memo quotes the old words). Ctrl+Z restores them.</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No agenda and no questions yet: just type.</source>
        <translation>No agenda and no questions yet: just type.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1: next</source>
        <translation>%1: next</translation>
    </message>
    <message>
        <source>the last one</source>
        <translation>the last one</translation>
    </message>
</context>
<context>
    <name>MeetingKeys</name>
    <message>
        <source>Save the entry and start the next</source>
        <translation>Save the entry and start the next</translation>
    </message>
    <message>
        <source>New line in the entry</source>
        <translation>New line in the entry</translation>
    </message>
    <message>
        <source>No party (e.g. the secretary's own note)</source>
        <translation>No party (e.g. the secretary's own note)</translation>
    </message>
    <message>
        <source>Kind: statement</source>
        <translation>Kind: statement</translation>
    </message>
    <message>
        <source>Kind: decision</source>
        <translation>Kind: decision</translation>
    </message>
    <message>
        <source>Kind: action</source>
        <translation>Kind: action</translation>
    </message>
    <message>
        <source>Kind: note</source>
        <translation>Kind: note</translation>
    </message>
    <message>
        <source>Next agenda item or question</source>
        <translation>Next agenda item or question</translation>
    </message>
    <message>
        <source>Previous agenda item or question</source>
        <translation>Previous agenda item or question</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>key name</comment>
        <translation>Up</translation>
    </message>
    <message>
        <source>From an empty entry: go to the earlier entries</source>
        <translation>From an empty entry: go to the earlier entries</translation>
    </message>
    <message>
        <source>Edit the selected earlier entry (Enter saves, Esc cancels)</source>
        <translation>Edit the selected earlier entry (Enter saves, Esc cancels)</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>key name</comment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected earlier entry</source>
        <translation>Delete the selected earlier entry</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Move the selected entry up</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Move the selected entry down</translation>
    </message>
    <message>
        <source>Tag the selected earlier entry, or the one just saved</source>
        <translation>Tag the selected earlier entry, or the one just saved</translation>
    </message>
    <message>
        <source>Back to the entry being typed</source>
        <translation>Back to the entry being typed</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Make the selected entry of kind action an action item</source>
        <translation>Make the selected entry of kind action an action item</translation>
    </message>
    <message>
        <source>Show or hide the attendance list</source>
        <translation>Show or hide the attendance list</translation>
    </message>
    <message>
        <source>Adjust the minutes (lock them) or reopen them</source>
        <translation>Adjust the minutes (lock them) or reopen them</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Full screen on or off</translation>
    </message>
    <message>
        <source>This overview of keys</source>
        <translation>This overview of keys</translation>
    </message>
    <message>
        <source>Leave meeting mode (everything is saved)</source>
        <translation>Leave meeting mode (everything is saved)</translation>
    </message>
    <message>
        <source>Quote the selected entry in the report (for a mandate or tag)</source>
        <translation>Quote the selected entry in the report (for a mandate or tag)</translation>
    </message>
    <message>
        <source>Who is speaking: choose the party (it stays until changed); on a selected earlier entry: change its party</source>
        <translation>Who is speaking: choose the party (it stays until changed); on a selected earlier entry: change its party</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>&amp;Edit text</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Tag with…</source>
        <translation>&amp;Tag with…</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Quote in the report…</translation>
    </message>
    <message>
        <source>Create &amp;action item</source>
        <translation>Create &amp;action item</translation>
    </message>
    <message>
        <source>Hide the open actions from earlier sessions</source>
        <translation>Hide the open actions from earlier sessions</translation>
    </message>
    <message>
        <source>Undo: typing first, then the entries saved and changed here</source>
        <translation>Undo: typing first, then the entries saved and changed here</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key name</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key name</comment>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>key name</comment>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>These minutes are adjusted and locked. To change them, reopen them with %1 or the button above.</source>
        <translation>These minutes are adjusted and locked. To change them, reopen them with %1 or the button above.</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Move entry</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Nothing to undo in meeting mode.</source>
        <translation>Nothing to undo in meeting mode.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Nothing to redo in meeting mode.</source>
        <translation>Nothing to redo in meeting mode.</translation>
    </message>
    <message>
        <source>Undone: %1 – the text is back in the entry being typed.</source>
        <translation>Undone: %1 – the text is back in the entry being typed.</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Meeting mode – %1</source>
        <translation>Meeting mode – %1</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>no party</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>all keys</translation>
    </message>
    <message>
        <source>Entry being typed</source>
        <translation>Entry being typed</translation>
    </message>
    <message>
        <source>Type what is said. Enter saves the entry, Shift+Enter is a new line.</source>
        <translation>Type what is said. Enter saves the entry, Shift+Enter is a new line.</translation>
    </message>
    <message>
        <source>opening the minutes…</source>
        <translation>opening the minutes…</translation>
    </message>
    <message>
        <source>Opening the minutes…</source>
        <translation>Opening the minutes…</translation>
    </message>
    <message>
        <source>The minutes are still being opened; this works in a moment.</source>
        <translation>The minutes are still being opened; this works in a moment.</translation>
    </message>
    <message>
        <source>Change party</source>
        <translation>Change party</translation>
    </message>
    <message>
        <source>The minutes are still being opened; what you typed is saved then. Close again in a moment.</source>
        <translation>The minutes are still being opened; what you typed is saved then. Close again in a moment.</translation>
    </message>
    <message>
        <source>The minutes are locked. Reopen them (%1) to add entries.</source>
        <translation>The minutes are locked. Reopen them (%1) to add entries.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Merge “%1” into:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Receive from %1</source>
        <translation>Receive from %1</translation>
    </message>
    <message>
        <source>The file is compared with what was sent out, record by record by id, never by name. Nothing is written until you press “Receive”; a backup is made first, so File &gt; Restore from backup undoes it.</source>
        <translation>The file is compared with what was sent out, record by record by id, never by name. Nothing is written until you press “Receive”; a backup is made first, so File &gt; Restore from backup undoes it.</translation>
    </message>
    <message>
        <source>No conflicts: nobody changed the same record on both sides.</source>
        <translation>No conflicts: nobody changed the same record on both sides.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>What the merge does</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed the same record (%1)</source>
        <translation>Conflicts: both sides changed the same record (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Mine (this library)</source>
        <translation>Mine (this library)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Theirs (%1)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>All: keep mine</source>
        <translation>All: keep mine</translation>
    </message>
    <message>
        <source>All: take theirs</source>
        <translation>All: take theirs</translation>
    </message>
    <message>
        <source>All: keep both</source>
        <translation>All: keep both</translation>
    </message>
    <message>
        <source>New tags with a name the project already has</source>
        <translation>New tags with a name the project already has</translation>
    </message>
    <message>
        <source>Combine their tag “%1” with the project's tag of the same name</source>
        <translation>Combine their tag “%1” with the project's tag of the same name</translation>
    </message>
    <message>
        <source>Not combined, their tag is added beside yours.</source>
        <translation>Not combined, their tag is added beside yours.</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>keep mine</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>take theirs</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>keep both</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Both sides changed it since it was sent out.</source>
        <translation>Both sides changed it since it was sent out.</translation>
    </message>
    <message>
        <source>The text was changed on one side and marked passages of it on the other.</source>
        <translation>The text was changed on one side and marked passages of it on the other.</translation>
    </message>
    <message>
        <source>The session is adjusted here, so a merge never changes it. Keep yours now; to take their changes, reopen the session and receive the file again.</source>
        <translation>The session is adjusted here, so a merge never changes it. Keep yours now; to take their changes, reopen the session and receive the file again.</translation>
    </message>
    <message>
        <source>They adjusted the session, and it was changed here too: it is taken whole or not at all.</source>
        <translation>They adjusted the session, and it was changed here too: it is taken whole or not at all.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a choice.</source>
        <translation>
            <numerusform>%n conflict still needs a choice.</numerusform>
            <numerusform>%n conflicts still need a choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinuteNotesEditor</name>
    <message>
        <source>Minute notes</source>
        <translation>Minute notes</translation>
    </message>
    <message>
        <source>Minute notes for § %1</source>
        <translation>Minute notes for § %1</translation>
    </message>
    <message>
        <source>A party's own statement entered into the minutes of this item.</source>
        <translation>A party's own statement entered into the minutes of this item.</translation>
    </message>
    <message>
        <source>Add minute note</source>
        <translation>Add minute note</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>Delete the minute note of %1?</source>
        <translation>Delete the minute note of %1?</translation>
    </message>
    <message>
        <source>The party's statement, in its own words</source>
        <translation>The party's statement, in its own words</translation>
    </message>
    <message>
        <source>Pa&amp;rty:</source>
        <translation>Pa&amp;rty:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Minute note party</source>
        <translation>Minute note party</translation>
    </message>
    <message>
        <source>Minute note text</source>
        <translation>Minute note text</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <source>Names written into the entries: the names of the project's people, and two capitalised words after a role such as “skyddsombudet”. A report without names prints what you choose here instead; the minutes keep the name.</source>
        <translation>Names written into the entries: the names of the project's people, and two capitalised words after a role such as “skyddsombudet”. A report without names prints what you choose here instead; the minutes keep the name.</translation>
    </message>
    <message>
        <source>Names in the entries</source>
        <translation>Names in the entries</translation>
    </message>
    <message>
        <source>e.g. skyddsombudet (empty: the name is left out)</source>
        <translation>e.g. skyddsombudet (empty: the name is left out)</translation>
    </message>
    <message>
        <source>&amp;Instead print:</source>
        <translation>&amp;Instead print:</translation>
    </message>
    <message>
        <source>&amp;Replace in the report</source>
        <translation>&amp;Replace in the report</translation>
    </message>
    <message>
        <source>&amp;Leave the name</source>
        <translation>&amp;Leave the name</translation>
    </message>
    <message>
        <source>Print the name as typed, also in a report without names</source>
        <translation>Print the name as typed, also in a report without names</translation>
    </message>
    <message>
        <source>&amp;Not decided</source>
        <translation>&amp;Not decided</translation>
    </message>
    <message>
        <source>No names found in the entries.</source>
        <translation>No names found in the entries.</translation>
    </message>
    <message>
        <source>name of a person in the project</source>
        <translation>name of a person in the project</translation>
    </message>
    <message>
        <source>looks like a name after a role</source>
        <translation>looks like a name after a role</translation>
    </message>
    <message>
        <source>Enter or double-click opens the entry</source>
        <translation>Enter or double-click opens the entry</translation>
    </message>
    <message>
        <source>not decided, printed as typed</source>
        <translation>not decided, printed as typed</translation>
    </message>
    <message>
        <source>printed as typed</source>
        <translation>printed as typed</translation>
    </message>
    <message>
        <source>left out of the report</source>
        <translation>left out of the report</translation>
    </message>
    <message>
        <source>the report prints “%1”</source>
        <translation>the report prints “%1”</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Name in the report</translation>
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
        <source>Themes and improvement areas</source>
        <translation>Themes and improvement areas</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Assessment of mandates</source>
        <translation>Assessment of mandates</translation>
    </message>
    <message>
        <source>Follow-up of the previous round</source>
        <translation>Follow-up of the previous round</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <source>Open actions from earlier sessions (%1)</source>
        <translation>Open actions from earlier sessions (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>… and %1 more, listed under Actions in the project.</source>
        <translation>… and %1 more, listed under Actions in the project.</translation>
    </message>
    <message>
        <source>Hide the open actions (%1)</source>
        <translation>Hide the open actions (%1)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2026-03-18; Alt+Down opens a calendar</source>
        <translation>Type the date, e.g. 2026-03-18; Alt+Down opens a calendar</translation>
    </message>
    <message>
        <source>(empty: no date)</source>
        <translation>(empty: no date)</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choose the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2026-03-18.</source>
        <translation>“%1” is not a date. Type it as 2026-03-18.</translation>
    </message>
    <message>
        <source>A date is needed here. Type it as 2026-03-18.</source>
        <translation>A date is needed here. Type it as 2026-03-18.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>By &amp;session</source>
        <extracomment>(tag id, session id or -1, party id or -1, is a party cell)</extracomment>
        <translation>By &amp;session</translation>
    </message>
    <message>
        <source>By pa&amp;rty</source>
        <translation>By pa&amp;rty</translation>
    </message>
    <message>
        <source>Each cell counts the entries tagged with the tag or with a tag nested under it; an entry counts once. Click a cell to see its passages.</source>
        <translation>Each cell counts the entries tagged with the tag or with a tag nested under it; an entry counts once. Click a cell to see its passages.</translation>
    </message>
    <message>
        <source>Entries per tag</source>
        <translation>Entries per tag</translation>
    </message>
    <message>
        <source>Entries per tag, as a bar chart</source>
        <translation>Entries per tag, as a bar chart</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>No tags yet.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Add from the &amp;list…</source>
        <extracomment>the selected party changed (its id, or -1 when the list is empty)</extracomment>
        <translation>Add from the &amp;list…</translation>
    </message>
    <message>
        <source>Pick the employer and common unions from a list</source>
        <translation>Pick the employer and common unions from a list</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>The employer and the unions in the collaboration. Statements in the minutes are attributed to parties.</source>
        <translation>The employer and the unions in the collaboration. Statements in the minutes are attributed to parties.</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>S&amp;ide:</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Party name</translation>
    </message>
    <message>
        <source>Party side</source>
        <translation>Party side</translation>
    </message>
    <message>
        <source>Delete the party “%1”?</source>
        <translation>Delete the party “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) belong to the party; they stay, without a party.</source>
        <translation>
            <numerusform>%n person belongs to the party; they stay, without a party.</numerusform>
            <numerusform>%n people belong to the party; they stay, without a party.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the minutes are attributed to the party; they stay, but lose their party.</source>
        <translation>
            <numerusform>%n entry in the minutes is attributed to the party; it stays, but loses its party.</numerusform>
            <numerusform>%n entries in the minutes are attributed to the party; they stay, but lose their party.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute note(s) the party entered are deleted.</source>
        <translation>
            <numerusform>%n minute note the party entered is deleted.</numerusform>
            <numerusform>%n minute notes the party entered are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add parties from the list</source>
        <translation>Add parties from the list</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Tick the employer and the unions that take part in the collaboration. Space ticks the selected party; you can add others later.</source>
        <translation>Tick the employer and the unions that take part in the collaboration. Space ticks the selected party; you can add others later.</translation>
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
        <extracomment>filter values besides a party's id the user picked what to show: a party's id, ALL_PARTIES or NO_PARTY the user asks to erase a person's personal data (the main window asks and does it)</extracomment>
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
            <numerusform>The person's %n attendance line in a session is deleted too.</numerusform>
            <numerusform>The person's %n attendance lines in sessions are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person adjusted the minutes of %n session(s) and is removed as adjuster.</source>
        <translation>
            <numerusform>The person adjusted the minutes of %n session and is removed as adjuster.</numerusform>
            <numerusform>The person adjusted the minutes of %n sessions and is removed as adjuster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) name the person; they stay, without a person.</source>
        <translation>
            <numerusform>%n entry names the person; it stays, without a person.</numerusform>
            <numerusform>%n entries name the person; they stay, without a person.</numerusform>
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
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Remove the person's name from the project, its search index and its backups (GDPR); the entries keep their party</source>
        <translation>Remove the person's name from the project, its search index and its backups (GDPR); the entries keep their party</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Role or title</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation>People (optional)</translation>
    </message>
    <message>
        <source>Who represents the parties, and in what role; the attendance lists are made from them. You can also add people later.</source>
        <translation>Who represents the parties, and in what role; the attendance lists are made from them. You can also add people later.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Every person needs a name. Write one, or remove the person.</source>
        <translation>Every person needs a name. Write one, or remove the person.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview – %1</source>
        <extracomment>zoom steps of Ctrl++ / Ctrl+-</extracomment>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Save the document as a PDF file</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Go to the first page</source>
        <translation>Go to the first page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>Go to the previous page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Type a page number and press Enter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Go to the next page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Go to the last page</source>
        <translation>Go to the last page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Fit the page width to the window</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Save the document as a Word file (.docx) to edit it</source>
        <translation>Save the document as a Word file (.docx) to edit it</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Writing the Word file…</translation>
    </message>
</context>
<context>
    <name>PreviousRatingPanel</name>
    <message>
        <source>The motivation in the previous round</source>
        <extracomment>the colours of the ratings' dots (as the assessment's)</extracomment>
        <translation>The motivation in the previous round</translation>
    </message>
    <message>
        <source>Previous round: %1</source>
        <translation>Previous round: %1</translation>
    </message>
    <message>
        <source>No mandate of the previous round is matched to this one. Match it under Project &gt; Previous round…</source>
        <translation>No mandate of the previous round is matched to this one. Match it under Project &gt; Previous round…</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Then: %1</translation>
    </message>
    <message>
        <source>(no motivation)</source>
        <translation>(no motivation)</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Since then: %1</translation>
    </message>
</context>
<context>
    <name>PreviousRoundDialog</name>
    <message>
        <source>Previous round</source>
        <translation>Previous round</translation>
    </message>
    <message>
        <source>Compare this round with the previous one: its ratings, the improvement areas it proposed and its rating items. Choose last year's project (import its project file or archive first) and link it. What has the same name is matched; match the rest below, or leave it without a match.</source>
        <translation>Compare this round with the previous one: its ratings, the improvement areas it proposed and its rating items. Choose last year's project (import its project file or archive first) and link it. What has the same name is matched; match the rest below, or leave it without a match.</translation>
    </message>
    <message>
        <source>The previous round's project</source>
        <translation>The previous round's project</translation>
    </message>
    <message>
        <source>&amp;Previous round:</source>
        <translation>&amp;Previous round:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <source>Political &amp;mandates</source>
        <translation>Political &amp;mandates</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>In the previous round</source>
        <translation>In the previous round</translation>
    </message>
    <message>
        <source>In this round</source>
        <translation>In this round</translation>
    </message>
    <message>
        <source>&amp;Link again</source>
        <translation>&amp;Link again</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>what works</source>
        <translation>what works</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>improvement</translation>
    </message>
    <message>
        <source>“%1” in this round</source>
        <translation>“%1” in this round</translation>
    </message>
    <message>
        <source>— no match —</source>
        <translation>— no match —</translation>
    </message>
    <message>
        <source>Match with the previous round</source>
        <translation>Match with the previous round</translation>
    </message>
    <message>
        <source>Not linked to a previous round yet.</source>
        <translation>Not linked to a previous round yet.</translation>
    </message>
    <message>
        <source>The library has no other project yet. Import last year's project file or archive first (File &gt; Import project file…).</source>
        <translation>The library has no other project yet. Import last year's project file or archive first (File &gt; Import project file…).</translation>
    </message>
    <message>
        <source>Linked to “%1”%2. %3 of %4 are matched.</source>
        <translation>Linked to “%1”%2. %3 of %4 are matched.</translation>
    </message>
    <message>
        <source>Link another round?</source>
        <translation>Link another round?</translation>
    </message>
    <message>
        <source>The project is linked to “%1”. Linking another project replaces it, with its matches and follow-up.</source>
        <translation>The project is linked to “%1”. Linking another project replaces it, with its matches and follow-up.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Linking the previous round…</source>
        <translation>Linking the previous round…</translation>
    </message>
    <message>
        <source>Remove the link?</source>
        <translation>Remove the link?</translation>
    </message>
    <message>
        <source>The comparison with the previous round, its matches and the follow-up of its improvement areas are removed from the project.</source>
        <translation>The comparison with the previous round, its matches and the follow-up of its improvement areas are removed from the project.</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <extracomment>printing resolution limit: sharp text, bounded memory (an A4 page at 300 dpi is ~35 MB)</extracomment>
        <translation>The document could not be read for printing.</translation>
    </message>
    <message>
        <source>The chosen page range has no pages.</source>
        <translation>The chosen page range has no pages.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>The printer could not be started. Check that it is on and connected.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
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
    <message>
        <source>Set “Final” when the report has been delivered. A final project whose latest date lies further back than the retention time in Settings reminds you to archive it and purge the personal data.</source>
        <translation>Set “Final” when the report has been delivered. A final project whose latest date lies further back than the retention time in Settings reminds you to archive it and purge the personal data.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>&amp;Collaboration body:</source>
        <translation>&amp;Collaboration body:</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Import project file</source>
        <extracomment>the share of an import's progress bar that reading the file takes</extracomment>
        <translation>Import project file</translation>
    </message>
    <message>
        <source>Project files and archives (*.json *.samverkan);;All files (*)</source>
        <translation>Project files and archives (*.json *.samverkan);;All files (*)</translation>
    </message>
    <message>
        <source>Importing the project…</source>
        <translation>Importing the project…</translation>
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
        <source>Meeting mode could not save everything yet, so nothing was imported.</source>
        <translation>Meeting mode could not save everything yet, so nothing was imported.</translation>
    </message>
    <message>
        <source>Replacing the project…</source>
        <translation>Replacing the project…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Project archive, to move or archive the project (*.samverkan)</source>
        <translation>Project archive, to move or archive the project (*.samverkan)</translation>
    </message>
    <message>
        <source>Project files (*.json)</source>
        <translation>Project files (*.json)</translation>
    </message>
    <message>
        <source>Export project file</source>
        <translation>Export project file</translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation>Exporting the project…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ProjectWizard</name>
    <message>
        <source>Create new project</source>
        <translation>Create new project</translation>
    </message>
    <message>
        <source>Create &amp;project</source>
        <translation>Create &amp;project</translation>
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
        <source>The guide has no questions yet. Add one (Ctrl+N), or start from the template of central questions (%1).</source>
        <translation>The guide has no questions yet. Add one (Ctrl+N), or start from the template of central questions (%1).</translation>
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
        <source>Foll&amp;ow-up prompts:</source>
        <translation>Foll&amp;ow-up prompts:</translation>
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
    <name>QuestionsPage</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Follow-up prompts</source>
        <translation>Follow-up prompts</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Remove question</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Question guide</translation>
    </message>
    <message>
        <source>The central questions of the dialogues, from the template. Untick the ones you do not need; double-click a text to change it.</source>
        <translation>The central questions of the dialogues, from the template. Untick the ones you do not need; double-click a text to change it.</translation>
    </message>
    <message>
        <source>A ticked question has no text. Write the question, or untick it.</source>
        <translation>A ticked question has no text. Write the question, or untick it.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote in the report</source>
        <extracomment>at most this many characters of a passage in the preview and the passage list</extracomment>
        <translation>Quote in the report</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <extracomment>the passages: (tagging id or None for the whole entry, start, end)</extracomment>
        <translation>The whole entry</translation>
    </message>
    <message>
        <source>Tagged “%1” (%2)</source>
        <translation>Tagged “%1” (%2)</translation>
    </message>
    <message>
        <source>Quote for</source>
        <translation>Quote for</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>&amp;Passage:</source>
        <translation>&amp;Passage:</translation>
    </message>
    <message>
        <source>&amp;Quote it in the report for (Space checks, the report prints these quotes first):</source>
        <translation>&amp;Quote it in the report for (Space checks, the report prints these quotes first):</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>Quote in the report</source>
        <translation>Quote in the report</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <source>The passages you chose with “Quote in the report” (in the evidence, the assessment and a session's entries). The report prints them first, in this order, then adds its own choice up to three per mandate, theme and strength (two per improvement area).</source>
        <translation>The passages you chose with “Quote in the report” (in the evidence, the assessment and a session's entries). The report prints them first, in this order, then adds its own choice up to three per mandate, theme and strength (two per improvement area).</translation>
    </message>
    <message>
        <source>Chosen quotes</source>
        <translation>Chosen quotes</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Print this quote before the previous one (Alt+Up)</source>
        <translation>Print this quote before the previous one (Alt+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>Print this quote after the next one (Alt+Down)</source>
        <translation>Print this quote after the next one (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Unmark</translation>
    </message>
    <message>
        <source>The report no longer quotes this passage first (Delete)</source>
        <translation>The report no longer quotes this passage first (Delete)</translation>
    </message>
    <message>
        <source>&amp;Go to entry</source>
        <translation>&amp;Go to entry</translation>
    </message>
    <message>
        <source>No quotes chosen yet. Select a passage in Analysis, Assessment or a session's entries and choose “Quote in the report…”.</source>
        <translation>No quotes chosen yet. Select a passage in Analysis, Assessment or a session's entries and choose “Quote in the report…”.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(no party)</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Move quote</translation>
    </message>
    <message>
        <source>Unmark quote</source>
        <translation>Unmark quote</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>HME indices, 0–100</source>
        <translation>HME indices, 0–100</translation>
    </message>
    <message>
        <source>Rating items</source>
        <translation>Rating items</translation>
    </message>
    <message>
        <source>Sustainable employee engagement (HME), index 0–100</source>
        <translation>Sustainable employee engagement (HME), index 0–100</translation>
    </message>
    <message>
        <source>Rating items (1–5)</source>
        <translation>Rating items (1–5)</translation>
    </message>
    <message>
        <source>Written answers from employees: “%1” (%2), %3 answers from %4 respondents.</source>
        <translation>Written answers from employees: “%1” (%2), %3 answers from %4 respondents.</translation>
    </message>
    <message>
        <source>No written answers are imported yet (Project &gt; Import answers…).</source>
        <translation>No written answers are imported yet (Project &gt; Import answers…).</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>All respondents</translation>
    </message>
    <message>
        <source>Mean then</source>
        <translation>Mean then</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Answers 1 · 2 · 3 · 4 · 5</source>
        <translation>Answers 1 · 2 · 3 · 4 · 5</translation>
    </message>
    <message>
        <source>HME</source>
        <translation>HME</translation>
    </message>
    <message>
        <source>HME then</source>
        <translation>HME then</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items)</source>
        <translation>%1 (%2 of %3 items)</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>What remains before the report is final</source>
        <translation>What remains before the report is final</translation>
    </message>
    <message>
        <source>Enter or double-click goes to where this is done</source>
        <translation>Enter or double-click goes to where this is done</translation>
    </message>
    <message>
        <source>Nothing remains: the report can be made final.</source>
        <translation>Nothing remains: the report can be made final.</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <source>Receive a copy sent back</source>
        <translation>Receive a copy sent back</translation>
    </message>
    <message>
        <source>Project archives and files (*.samverkan *.json);;All files (*)</source>
        <translation>Project archives and files (*.samverkan *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open the project to receive into first.</source>
        <translation>Open the project to receive into first.</translation>
    </message>
    <message>
        <source>Reading and comparing the file…</source>
        <translation>Reading and comparing the file…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Everything in the file is already in the project; nothing was changed.</source>
        <translation>Everything in the file is already in the project; nothing was changed.</translation>
    </message>
    <message>
        <source>Meeting mode could not save everything yet, so nothing was received.</source>
        <translation>Meeting mode could not save everything yet, so nothing was received.</translation>
    </message>
    <message>
        <source>Received from %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Received from %1: %2 added, %3 changed, %4 removed.</translation>
    </message>
    <message>
        <source>To undo, restore the backup made before the merge (File &gt; Restore from backup).</source>
        <translation>To undo, restore the backup made before the merge (File &gt; Restore from backup).</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Receiving…</translation>
    </message>
</context>
<context>
    <name>ReopenMinutes</name>
    <message>
        <source>Reopen the minutes</source>
        <translation>Reopen the minutes</translation>
    </message>
    <message>
        <source>The minutes are adjusted. Reopen them for changes? The reopening is recorded, and they must be adjusted again.</source>
        <translation>The minutes are adjusted. Reopen them for changes? The reopening is recorded, and they must be adjusted again.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preview</source>
        <extracomment>preview windows without a parent window; a window leaves this set when it is closed</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Dialogue report – %1</source>
        <translation>Dialogue report – %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Minutes – %1</source>
        <translation>Minutes – %1</translation>
    </message>
    <message>
        <source>Building the minutes…</source>
        <translation>Building the minutes…</translation>
    </message>
    <message>
        <source>Notice – %1</source>
        <translation>Notice – %1</translation>
    </message>
    <message>
        <source>Building the notice…</source>
        <translation>Building the notice…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The minutes as an appendix</source>
        <translation>The minutes as an appendix</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>By default the report names no one: statements are attributed to parties only, and appendices list attendance by party and role. Turn names on only when the report may name people.</source>
        <translation>By default the report names no one: statements are attributed to parties only, and appendices list attendance by party and role. Turn names on only when the report may name people.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>A draft has “Utkast” across every page.</source>
        <translation>A draft has “Utkast” across every page.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Logo on the title page</source>
        <translation>Logo on the title page</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Background and commission</source>
        <translation>Background and commission</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Results per central question</source>
        <translation>Results per central question</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>What works</translation>
    </message>
    <message>
        <source>Assessment per political mandate</source>
        <translation>Assessment per political mandate</translation>
    </message>
    <message>
        <source>Development since the previous round</source>
        <translation>Development since the previous round</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Improvement areas</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Conclusions and proposals</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Appendices</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Choose at least one section for the report.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>“Save as Word…” uses the municipality's template (.docx or .dotx): its styles, page setup, headers and footers; the report replaces its text.</source>
        <translation>“Save as Word…” uses the municipality's template (.docx or .dotx): its styles, page setup, headers and footers; the report replaces its text.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>None: the app's own look</source>
        <translation>None: the app's own look</translation>
    </message>
</context>
<context>
    <name>ReportPlace</name>
    <message>
        <source>The report</source>
        <extracomment>go where a missing thing is fixed (a ``readiness.Place``)</extracomment>
        <translation>The report</translation>
    </message>
    <message>
        <source>Write the report's own texts, choose the quotes that carry each mandate, decide about names in the entries, and see what remains. Project &gt; Dialogue report… builds it. Everything is saved as you type.</source>
        <translation>Write the report's own texts, choose the quotes that carry each mandate, decide about names in the entries, and see what remains. Project &gt; Dialogue report… builds it. Everything is saved as you type.</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Texts</translation>
    </message>
    <message>
        <source>Chosen &amp;quotes</source>
        <translation>Chosen &amp;quotes</translation>
    </message>
    <message>
        <source>&amp;Names in the entries</source>
        <translation>&amp;Names in the entries</translation>
    </message>
    <message>
        <source>What &amp;remains</source>
        <translation>What &amp;remains</translation>
    </message>
</context>
<context>
    <name>ReportTextsEditor</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Conclusions and proposals</source>
        <translation>&amp;Conclusions and proposals</translation>
    </message>
    <message>
        <source>What the reader should learn first: the assessment of each mandate and the most important proposals.</source>
        <translation>What the reader should learn first: the assessment of each mandate and the most important proposals.</translation>
    </message>
    <message>
        <source>How the material was gathered. Left empty, the report prints a paragraph made from the sessions, the parties and the question guide.</source>
        <translation>How the material was gathered. Left empty, the report prints a paragraph made from the sessions, the parties and the question guide.</translation>
    </message>
    <message>
        <source>What the collaboration group proposes, and who should act.</source>
        <translation>What the collaboration group proposes, and who should act.</translation>
    </message>
    <message>
        <source>Draft from the material</source>
        <translation>Draft from the material</translation>
    </message>
    <message>
        <source>Insert a draft built from the project's data, to edit. Text you have written is never replaced without asking.</source>
        <translation>Insert a draft built from the project's data, to edit. Text you have written is never replaced without asking.</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. Lines that start with “- ” become a bulleted list, lines that start with “1. ” a numbered list. Nothing else is formatting: the text prints as you type it.</source>
        <translation>A blank line starts a new paragraph. Lines that start with “- ” become a bulleted list, lines that start with “1. ” a numbered list. Nothing else is formatting: the text prints as you type it.</translation>
    </message>
    <message>
        <source>The text already has content. Replace it with the draft, or add the draft after it? (Ctrl+Z undoes either.)</source>
        <translation>The text already has content. Replace it with the draft, or add the draft after it? (Ctrl+Z undoes either.)</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Replace the text</translation>
    </message>
    <message>
        <source>Add after it</source>
        <translation>Add after it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResponsesImportDialog</name>
    <message>
        <source>Import answers – %1</source>
        <extracomment>answers shown per column</extracomment>
        <translation>Import answers – %1</translation>
    </message>
    <message>
        <source>What happens to the respondents' identity</source>
        <translation>What happens to the respondents' identity</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Choose what each column of the file is. A column headed by a question of the question guide answers that question; whole numbers 1–5 are a rating item; a column with few different answers, such as the administration, can group the answers.</source>
        <translation>Choose what each column of the file is. A column headed by a question of the question guide answers that question; whole numbers 1–5 are a rating item; a column with few different answers, such as the administration, can group the answers.</translation>
    </message>
    <message>
        <source>The file's columns and what to do with them</source>
        <translation>The file's columns and what to do with them</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>For example</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>per row, the choice behind each item of its combo box</extracomment>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The respondents' identity is removed before anything is imported: the columns %1 were left out when the file was read and are never stored – not in the library, the log, the backups or the search index. Each answer is attributed to its group, never to a person.</source>
        <translation>The respondents' identity is removed before anything is imported: the columns %1 were left out when the file was read and are never stored – not in the library, the log, the backups or the search index. Each answer is attributed to its group, never to a person.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The file has no columns that identify the respondents (such as name or e-mail). Each answer is attributed to its group, never to a person; names written inside the answers are kept as written.</source>
        <translation>The file has no columns that identify the respondents (such as name or e-mail). Each answer is attributed to its group, never to a person; names written inside the answers are kept as written.</translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <translation>Import “%1” as</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Answers to: %1</source>
        <translation>Answers to: %1</translation>
    </message>
    <message>
        <source>A new question of the guide</source>
        <translation>A new question of the guide</translation>
    </message>
    <message>
        <source>Rating item (1–5)</source>
        <translation>Rating item (1–5)</translation>
    </message>
    <message>
        <source>The group of each answer</source>
        <translation>The group of each answer</translation>
    </message>
    <message>
        <source>Choose at least one column that answers a question or is a rating item.</source>
        <translation>Choose at least one column that answers a question or is a rating item.</translation>
    </message>
    <message>
        <source>The answers are grouped by “%1”.</source>
        <translation>The answers are grouped by “%1”.</translation>
    </message>
    <message>
        <source>Every answer is attributed to “Medarbetare”.</source>
        <translation>Every answer is attributed to “Medarbetare”.</translation>
    </message>
    <message>
        <source>%1 from %2 and %3 will be imported.</source>
        <translation>%1 from %2 and %3 will be imported.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>dddd d MMMM yyyy, HH:mm:ss</source>
        <translation>dddd d MMMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>%1 projects, %2 sessions, %3 entries</source>
        <translation>%1 projects, %2 sessions, %3 entries</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the library holds now is backed up first, so you can undo the restore by restoring that backup (made “before restore”).</source>
        <translation>Choose the backup to go back to. What the library holds now is backed up first, so you can undo the restore by restoring that backup (made “before restore”).</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>There are no backups yet. One is made at every start and close.</source>
        <translation>There are no backups yet. One is made at every start and close.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace everything in the library with the backup from %1? What the library holds now is backed up first, so you can undo this.</source>
        <translation>Replace everything in the library with the backup from %1? What the library holds now is backed up first, so you can undo this.</translation>
    </message>
    <message>
        <source>Meeting mode could not save everything yet, so nothing was restored.</source>
        <translation>Meeting mode could not save everything yet, so nothing was restored.</translation>
    </message>
    <message>
        <source>Restored the backup from %1. To undo, restore the backup made before the restore (%2).</source>
        <translation>Restored the backup from %1. To undo, restore the backup made before the restore (%2).</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Final and older than %1 months: time to archive and purge personal data</source>
        <translation>Final and older than %1 months: time to archive and purge personal data</translation>
    </message>
    <message>
        <source>The project “%1” is final and its latest date is %2. Export it as an archive (File, Export project file…), then erase the personal data of its people or delete the project from the library. The time is set in Settings.</source>
        <translation>The project “%1” is final and its latest date is %2. Export it as an archive (File, Export project file…), then erase the personal data of its people or delete the project from the library. The time is set in Settings.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Text of the entry</translation>
    </message>
    <message>
        <source>Te&amp;xt (select words, then Ctrl+T tags them; without a selection Ctrl+T tags the whole entry)</source>
        <translation>Te&amp;xt (select words, then Ctrl+T tags them; without a selection Ctrl+T tags the whole entry)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tag…</translation>
    </message>
    <message>
        <source>Tag the selected words or the whole entry (Ctrl+T)</source>
        <translation>Tag the selected words or the whole entry (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Remove tagging</source>
        <translation>&amp;Remove tagging</translation>
    </message>
    <message>
        <source>Remove the selected tagging (Delete)</source>
        <translation>Remove the selected tagging (Delete)</translation>
    </message>
    <message>
        <source>Taggings of the entry</source>
        <translation>Taggings of the entry</translation>
    </message>
    <message>
        <source>Tagg&amp;ings of the entry</source>
        <translation>Tagg&amp;ings of the entry</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>&amp;Memo on the tagging</source>
        <translation>&amp;Memo on the tagging</translation>
    </message>
    <message>
        <source>The session has no entries yet.</source>
        <translation>The session has no entries yet.</translation>
    </message>
    <message>
        <source>%1 – the whole entry</source>
        <translation>%1 – the whole entry</translation>
    </message>
    <message>
        <source>Tag with…</source>
        <translation>Tag with…</translation>
    </message>
    <message>
        <source>Remove tagging</source>
        <translation>Remove tagging</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Quote in the report…</translation>
    </message>
    <message>
        <source>Choose the entry, or the selected tagging's words, as a quote the report prints first (also in adjusted minutes)</source>
        <translation>Choose the entry, or the selected tagging's words, as a quote the report prints first (also in adjusted minutes)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Everything is saved</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Search in the project:</source>
        <translation>&amp;Search in the project:</translation>
    </message>
    <message>
        <source>Words, the beginning of words, or "an exact phrase"</source>
        <translation>Words, the beginning of words, or "an exact phrase"</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Minute note</source>
        <translation>Minute note</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choose a project first.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s), best first</source>
        <translation>
            <numerusform>%n hit, best first</numerusform>
            <numerusform>%n hits, best first</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>No hits</translation>
    </message>
    <message>
        <source>The report's texts</source>
        <translation>The report's texts</translation>
    </message>
</context>
<context>
    <name>SendOut</name>
    <message>
        <source>Open a project first.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Project archive (*.samverkan)</source>
        <translation>Project archive (*.samverkan)</translation>
    </message>
    <message>
        <source>%1 sessions were written to %2. Send the file to %3 (e-mail, USB stick or a shared folder); the copy that comes back is taken in with File &gt; Receive….</source>
        <translation>%1 sessions were written to %2. Send the file to %3 (e-mail, USB stick or a shared folder); the copy that comes back is taken in with File &gt; Receive….</translation>
    </message>
    <message>
        <source>Writing the file to send out…</source>
        <translation>Writing the file to send out…</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>This project was not received from a send-out, so there is nothing to send back. To move the project, use File &gt; Export project file.</source>
        <translation>This project was not received from a send-out, so there is nothing to send back. To move the project, use File &gt; Export project file.</translation>
    </message>
    <message>
        <source>Wrote %1; send it back to the one who sent the sessions out.</source>
        <translation>Wrote %1; send it back to the one who sent the sessions out.</translation>
    </message>
    <message>
        <source>Writing the copy to send back…</source>
        <translation>Writing the copy to send back…</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>Send out sessions</source>
        <translation>Send out sessions</translation>
    </message>
    <message>
        <source>Choose the sessions that another secretary will record. The file holds the project's frame (commission, political mandates, question guide, tags and parties), the sessions you choose and only their people: nobody else's name travels. The secretary imports it, records and sends a copy back, which you take in with “Receive…”.</source>
        <translation>Choose the sessions that another secretary will record. The file holds the project's frame (commission, political mandates, question guide, tags and parties), the sessions you choose and only their people: nobody else's name travels. The secretary imports it, records and sends a copy back, which you take in with “Receive…”.</translation>
    </message>
    <message>
        <source>Sessions to send out</source>
        <translation>Sessions to send out</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 entries · %4</source>
        <translation>%1 · %2 · %3 entries · %4</translation>
    </message>
    <message>
        <source>e.g. FSG Barn och utbildning – Karin Ek</source>
        <translation>e.g. FSG Barn och utbildning – Karin Ek</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Sent to:</translation>
    </message>
    <message>
        <source>Send out…</source>
        <translation>Send out…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
</context>
<context>
    <name>SessionDetailsTab</name>
    <message>
        <source>e.g. Central collaboration group, meeting 4/25</source>
        <translation>e.g. Central collaboration group, meeting 4/25</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>Session kind</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Type the time, e.g. 1330; Delete with all selected clears it</source>
        <translation>Type the time, e.g. 1330; Delete with all selected clears it</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>e.g. City hall, meeting room Eken</source>
        <translation>e.g. City hall, meeting room Eken</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>e.g. 4/25</source>
        <translation>e.g. 4/25</translation>
    </message>
    <message>
        <source>&amp;Protocol number:</source>
        <translation>&amp;Protocol number:</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <source>“Adjusted” is set when the adjusters approve the minutes.</source>
        <translation>“Adjusted” is set when the adjusters approve the minutes.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Session status</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Entries and tagging</source>
        <translation>&amp;Entries and tagging</translation>
    </message>
    <message>
        <source>The minutes are adjusted and locked. To correct something, reopen them: with the button here, or with Ctrl+J in meeting mode (F5). Reopened minutes must be adjusted again.</source>
        <translation>The minutes are adjusted and locked. To correct something, reopen them: with the button here, or with Ctrl+J in meeting mode (F5). Reopened minutes must be adjusted again.</translation>
    </message>
    <message>
        <source>&amp;Reopen the minutes…</source>
        <translation>&amp;Reopen the minutes…</translation>
    </message>
    <message>
        <source>Unlock the minutes for changes; the reopening is recorded</source>
        <translation>Unlock the minutes for changes; the reopening is recorded</translation>
    </message>
    <message>
        <source>Written answers from employees, imported from a survey. Each answer is attributed to its group, never to a person; tag them as any entry. They are no meeting: no meeting mode, no minutes.</source>
        <translation>Written answers from employees, imported from a survey. Each answer is attributed to its group, never to a person; tag them as any entry. They are no meeting: no meeting mode, no minutes.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>CSG (central group)</source>
        <translation>CSG (central group)</translation>
    </message>
    <message>
        <source>FSG (department group)</source>
        <translation>FSG (department group)</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>APT (workplace meeting)</source>
        <translation>APT (workplace meeting)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Written answers (survey)</source>
        <translation>Written answers (survey)</translation>
    </message>
    <message>
        <source>CSG</source>
        <translation>CSG</translation>
    </message>
    <message>
        <source>FSG</source>
        <translation>FSG</translation>
    </message>
    <message>
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Written answers</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Draft (work in progress)</source>
        <translation>Draft (work in progress)</translation>
    </message>
    <message>
        <source>Final (report delivered)</source>
        <translation>Final (report delivered)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Adjuster</source>
        <translation>Adjuster</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Information (MBL §19)</source>
        <translation>Information (MBL §19)</translation>
    </message>
    <message>
        <source>Consultation before decision</source>
        <translation>Consultation before decision</translation>
    </message>
    <message>
        <source>Negotiation (MBL §11)</source>
        <translation>Negotiation (MBL §11)</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Formalities</source>
        <translation>Formalities</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>No outcome</translation>
    </message>
    <message>
        <source>Concluded in agreement</source>
        <translation>Concluded in agreement</translation>
    </message>
    <message>
        <source>Concluded in disagreement</source>
        <translation>Concluded in disagreement</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessions</source>
        <extracomment>kinds whose changes alter what the table shows the user wants to open this session (its id) the user planned this new session: open it with its title ready to type over</extracomment>
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
        <source>%n recorded entry(s) are deleted with it.</source>
        <translation>
            <numerusform>%n recorded entry is deleted with it.</numerusform>
            <numerusform>%n recorded entries are deleted with it.</numerusform>
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
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Samverkan Desktop.</source>
        <translation>The new language is used the next time you start Samverkan Desktop.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>A final project whose latest date is older than this shows a reminder to archive it and purge its personal data</source>
        <translation>A final project whose latest date is older than this shows a reminder to archive it and purge its personal data</translation>
    </message>
    <message>
        <source>&amp;Retention reminder after:</source>
        <translation>&amp;Retention reminder after:</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <source>Not everything is saved</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <source>Windows is logging off or shutting down, but some of what you typed cannot be saved right now (see the red bar). If you go on, it is lost. Log off anyway?</source>
        <translation>Windows is logging off or shutting down, but some of what you typed cannot be saved right now (see the red bar). If you go on, it is lost. Log off anyway?</translation>
    </message>
    <message>
        <source>Log off anyway</source>
        <translation>Log off anyway</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>A copy of it, exactly as it is, has been saved as %1.</source>
        <translation>A copy of it, exactly as it is, has been saved as %1.</translation>
    </message>
    <message>
        <source>It could not be copied aside (%1), so it is left exactly as it is.</source>
        <translation>It could not be copied aside (%1), so it is left exactly as it is.</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <source>The library in %1 did not pass its integrity check. It is not opened, so that nothing more is written to it.</source>
        <translation>The library in %1 did not pass its integrity check. It is not opened, so that nothing more is written to it.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restore it? What was written after that time is not in the backup.</source>
        <translation>The newest good backup is from %1 (%2). Restore it? What was written after that time is not in the backup.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start with an empty library (the damaged one stays in its copy) or quit and ask for help with the copy.</source>
        <translation>There is no good backup to restore. You can start with an empty library (the damaged one stays in its copy) or quit and ask for help with the copy.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Start with an empty library</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Survey answers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Survey answers (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importing the answers…</translation>
    </message>
    <message>
        <source>Imported %1 from %2 and %3.</source>
        <translation>Imported %1 from %2 and %3.</translation>
    </message>
</context>
<context>
    <name>SurveyLabels</name>
    <message>
        <source>Done</source>
        <extracomment>the colours of the follow-up statuses (green, amber, red, grey), as the ratings' dots</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>No longer relevant</translation>
    </message>
    <message>
        <source>Not yet followed up</source>
        <translation>Not yet followed up</translation>
    </message>
    <message>
        <source>Strengthened further</source>
        <translation>Strengthened further</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Weakened</source>
        <translation>Weakened</translation>
    </message>
    <message>
        <source>Cannot be compared</source>
        <translation>Cannot be compared</translation>
    </message>
    <message>
        <source>Written answer · %1</source>
        <translation>Written answer · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation>
            <numerusform>%n written answer</numerusform>
            <numerusform>%n written answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating item(s)</source>
        <translation>
            <numerusform>%n rating item</numerusform>
            <numerusform>%n rating items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Choose co&amp;lour…</source>
        <extracomment>the user chose a new place: (tag id, parent id or -1 for the top level)</extracomment>
        <translation>Choose co&amp;lour…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>&amp;Move under:</source>
        <translation>&amp;Move under:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Used:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Mandates of the improvement area</source>
        <translation>Mandates of the improvement area</translation>
    </message>
    <message>
        <source>The project has no political mandates yet.</source>
        <translation>The project has no political mandates yet.</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>M&amp;andates:</source>
        <translation>M&amp;andates:</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Tag description</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colour %1</translation>
    </message>
    <message>
        <source>Taggings: %1, in %2 entries</source>
        <translation>Taggings: %1, in %2 entries</translation>
    </message>
    <message>
        <source>(%1 taggings with its sub-tags)</source>
        <translation>(%1 taggings with its sub-tags)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag colour</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Themes and improvement areas</source>
        <translation>Themes and improvement areas</translation>
    </message>
    <message>
        <source>The tags the minutes are coded with. Drag a tag onto another to nest it; F2 renames, Alt+Left and Alt+Right move a tag out of or into the one above.</source>
        <translation>The tags the minutes are coded with. Drag a tag onto another to nest it; F2 renames, Alt+Left and Alt+Right move a tag out of or into the one above.</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <source>W&amp;hat works</source>
        <translation>W&amp;hat works</translation>
    </message>
    <message>
        <source>&amp;Improvement areas</source>
        <translation>&amp;Improvement areas</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>New &amp;sub-tag</source>
        <translation>New &amp;sub-tag</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New tag beside the selected one (Ctrl+N)</source>
        <translation>New tag beside the selected one (Ctrl+N)</translation>
    </message>
    <message>
        <source>New tag under the selected one (Ctrl+Shift+N)</source>
        <translation>New tag under the selected one (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Move every tagging of this tag to another one and remove it</source>
        <translation>Move every tagging of this tag to another one and remove it</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Delete (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>New strength</source>
        <translation>New strength</translation>
    </message>
    <message>
        <source>New improvement area</source>
        <translation>New improvement area</translation>
    </message>
    <message>
        <source>New sub-tag</source>
        <translation>New sub-tag</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Move tag</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? %3 taggings move to “%2”, and “%1” is removed.</source>
        <translation>Merge “%1” into “%2”? %3 taggings move to “%2”, and “%1” is removed.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Delete “%1”? It carries %2 taggings in %3 entries; they are removed with it.</source>
        <translation>Delete “%1”? It carries %2 taggings in %3 entries; they are removed with it.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not used in any tagging.</source>
        <translation>Delete “%1”? It is not used in any tagging.</translation>
    </message>
    <message>
        <source>Its sub-tags move up one level.</source>
        <translation>Its sub-tags move up one level.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag with…</source>
        <translation>Tag with…</translation>
    </message>
    <message>
        <source>Type to filter the tags</source>
        <translation>Type to filter the tags</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filter tags</translation>
    </message>
    <message>
        <source>Recently used tags</source>
        <translation>Recently used tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recently used (keys 1–9 apply at once):</source>
        <translation>Recently used (keys 1–9 apply at once):</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter applies, Esc cancels.</source>
        <translation>Up and Down choose, Enter applies, Esc cancels.</translation>
    </message>
    <message>
        <source>Type the name of a new theme</source>
        <translation>Type the name of a new theme</translation>
    </message>
    <message>
        <source>The project has no tags yet. Type a name and press Enter to create a theme; strengths and improvement areas are made under Themes and improvement areas.</source>
        <translation>The project has no tags yet. Type a name and press Enter to create a theme; strengths and improvement areas are made under Themes and improvement areas.</translation>
    </message>
    <message>
        <source>Create theme “%1”</source>
        <translation>Create theme “%1”</translation>
    </message>
    <message>
        <source>A new theme with this name, put on the entry at once (Ctrl+Z undoes both)</source>
        <translation>A new theme with this name, put on the entry at once (Ctrl+Z undoes both)</translation>
    </message>
</context>
<context>
    <name>TagTree</name>
    <message>
        <source>Name</source>
        <extracomment>the user typed a new name in the view: (tag id, name) the user dropped a tag: (tag id, new parent id or -1, index among the new siblings or -1)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Taggings</translation>
    </message>
    <message>
        <source>%1 taggings in %2 entries</source>
        <translation>%1 taggings in %2 entries</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Improvement area</source>
        <translation>Improvement area</translation>
    </message>
    <message>
        <source>Tag the passage “%1”</source>
        <translation>Tag the passage “%1”</translation>
    </message>
    <message>
        <source>Tag the whole entry “%1”</source>
        <translation>Tag the whole entry “%1”</translation>
    </message>
    <message>
        <source>Tag entry</source>
        <translation>Tag entry</translation>
    </message>
    <message>
        <source>Tag with the new theme “%1”</source>
        <translation>Tag with the new theme “%1”</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide – Samverkan Desktop</source>
        <extracomment>the guide's chapter (its heading, without the number) for each screen of the main window the chapter of the start page (no project open) and of a screen the guide has no chapter for screenshots are shown at most this wide (they are taken at 1366 pixels)</extracomment>
        <translation>User guide – Samverkan Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F), Enter finds the next</source>
        <translation>Find in the guide (Ctrl+F), Enter finds the next</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the app.</source>
        <translation>The user guide is not installed with this copy of the app.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of the guide are missing.</source>
        <translation>
            <numerusform>%n picture of the guide is missing.</numerusform>
            <numerusform>%n pictures of the guide are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Samverkan Desktop</source>
        <extracomment>the uid of the project to open</extracomment>
        <translation>Welcome to Samverkan Desktop</translation>
    </message>
    <message>
        <source>Take the minutes of the central collaboration group, follow up the political mandates and write the dialogue report – everything stays on this computer.</source>
        <translation>Take the minutes of the central collaboration group, follow up the political mandates and write the dialogue report – everything stays on this computer.</translation>
    </message>
    <message>
        <source>&amp;Create new project…</source>
        <translation>&amp;Create new project…</translation>
    </message>
    <message>
        <source>A few short steps: details, mandates, question guide and parties</source>
        <translation>A few short steps: details, mandates, question guide and parties</translation>
    </message>
    <message>
        <source>Open the &amp;example project</source>
        <translation>Open the &amp;example project</translation>
    </message>
    <message>
        <source>Ekdala kommun, a made-up municipality: look around and try things out</source>
        <translation>Ekdala kommun, a made-up municipality: look around and try things out</translation>
    </message>
    <message>
        <source>&amp;Your projects</source>
        <translation>&amp;Your projects</translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation>Your projects</translation>
    </message>
    <message>
        <source>No projects yet. Start with the example project, or create your own.</source>
        <translation>No projects yet. Start with the example project, or create your own.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>changed %1</translation>
    </message>
</context>
</TS>
