<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Samverkan Desktop is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Samverkan Desktop är fri programvara: du får använda, sprida och ändra den enligt GNU General Public License, version 3 eller (om du vill) någon senare version. Programmet levereras utan garantier.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (the GPL text it builds on is listed under Samverkan Desktop). You may replace the Qt and PySide6 libraries in the program folder (the Qt6*.dll files and the PySide6 and shiboken6 folders) with your own compatible build of the same version; their source code is at https://code.qt.io.</source>
        <translation>Qt och PySide6 används enligt GNU Lesser General Public License, version 3 (GPL-texten som den bygger på finns under Samverkan Desktop). Du får byta ut Qt- och PySide6-biblioteken i programmappen (filerna Qt6*.dll och mapparna PySide6 och shiboken6) mot en egen, kompatibel version av samma utgåva. Källkoden finns på https://code.qt.io.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font is used in the reports and the minutes.</source>
        <translation>Typsnittet DejaVu Sans används i rapporterna och protokollen.</translation>
    </message>
    <message>
        <source>platformdirs, jsonschema, fastjsonschema, attrs, referencing, rpds-py, jsonschema-specifications, Mako, MarkupSafe, typing_extensions, Pillow and charset-normalizer.</source>
        <translation>platformdirs, jsonschema, fastjsonschema, attrs, referencing, rpds-py, jsonschema-specifications, Mako, MarkupSafe, typing_extensions, Pillow och charset-normalizer.</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Typsnitten DejaVu</translation>
    </message>
    <message>
        <source>Other Python components</source>
        <translation>Övriga Python-komponenter</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: %1</source>
        <translation>Licenstexten saknas i den här installationen: %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Samverkan Desktop</source>
        <translation>Om Samverkan Desktop</translation>
    </message>
    <message>
        <source>Minutes, structured dialogues and the dialogue report for central collaboration.</source>
        <translation>Protokoll, strukturerade dialoger och dialograpporten för central samverkan.</translation>
    </message>
    <message>
        <source>Works offline: nothing leaves this computer.</source>
        <translation>Fungerar utan nätverk: ingenting lämnar den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licenser:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Start &amp;page</source>
        <translation>Sta&amp;rtsida</translation>
    </message>
    <message>
        <source>Show the start page: new project, the example project, your projects</source>
        <translation>Visa startsidan: nytt projekt, exempelprojektet och dina projekt</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>Create a new project</source>
        <translation>Skapa ett nytt projekt</translation>
    </message>
    <message>
        <source>&amp;Import project file…</source>
        <translation>&amp;Importera projektfil…</translation>
    </message>
    <message>
        <source>Import a project from a project file</source>
        <translation>Importera ett projekt från en projektfil</translation>
    </message>
    <message>
        <source>&amp;Export project file…</source>
        <translation>&amp;Exportera projektfil…</translation>
    </message>
    <message>
        <source>Save the open project as a project file</source>
        <translation>Spara det öppna projektet som en projektfil</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Ta bort projekt…</translation>
    </message>
    <message>
        <source>Delete the open project from the library</source>
        <translation>Ta bort det öppna projektet från biblioteket</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Close Samverkan Desktop</source>
        <translation>Stäng Samverkan Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Gör om ändringen som du ångrade</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nytt &amp;dialogtillfälle</translation>
    </message>
    <message>
        <source>Plan a new session in the project</source>
        <translation>Planera ett nytt dialogtillfälle i projektet</translation>
    </message>
    <message>
        <source>Start &amp;meeting mode</source>
        <translation>Starta &amp;mötesläge</translation>
    </message>
    <message>
        <source>Take the minutes of the selected session live</source>
        <translation>Skriv protokollet för det markerade dialogtillfället direkt under mötet</translation>
    </message>
    <message>
        <source>&amp;Minutes of the session…</source>
        <translation>&amp;Protokoll för tillfället…</translation>
    </message>
    <message>
        <source>Preview the session&apos;s minutes as PDF, then save or print them</source>
        <translation>Förhandsgranska tillfällets protokoll som PDF och spara eller skriv ut det</translation>
    </message>
    <message>
        <source>Choose the contents, preview the report as PDF, then save or print</source>
        <translation>Välj innehåll, förhandsgranska dialograpporten som PDF och spara eller skriv ut den</translation>
    </message>
    <message>
        <source>Dialogue &amp;report…</source>
        <translation>Dialog&amp;rapport…</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>Importera &amp;svar…</translation>
    </message>
    <message>
        <source>Import employees&apos; written answers from a survey export (Excel or CSV); the respondents&apos; identity is never stored</source>
        <translation>Importera medarbetarnas skriftliga svar från en enkätexport (Excel eller CSV); de svarandes identitet sparas aldrig</translation>
    </message>
    <message>
        <source>Pre&amp;vious round…</source>
        <translation>&amp;Föregående uppföljning…</translation>
    </message>
    <message>
        <source>Link the project to the previous round and match its mandates, questions and tags</source>
        <translation>Koppla projektet till föregående uppföljning och matcha dess politiska uppdrag, frågor och taggar</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Gå till &amp;navigeringsfönstret</translation>
    </message>
    <message>
        <source>Move the focus to the navigator</source>
        <translation>Flytta fokus till navigeringsfönstret</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Search the project&apos;s minutes, memos and texts (also Ctrl+F)</source>
        <translation>Sök i projektets protokoll, kommentarer och texter (även Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Language and other settings</source>
        <translation>Språk och andra inställningar</translation>
    </message>
    <message>
        <source>&amp;About Samverkan Desktop</source>
        <translation>&amp;Om Samverkan Desktop</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version och licenser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Dialogtillfälle</translation>
    </message>
    <message>
        <source>Improvement area</source>
        <translation>Förbättringsområde</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Go back to one of the library&apos;s backups (it can be undone)</source>
        <translation>Gå tillbaka till en av bibliotekets säkerhetskopior (det går att ångra)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>The user guide, at the chapter about the screen in front</source>
        <translation>Användarguiden, i kapitlet om skärmen du har framför dig</translation>
    </message>
    <message>
        <source>Send &amp;out sessions…</source>
        <translation>Skicka &amp;ut dialogtillfällen…</translation>
    </message>
    <message>
        <source>Write chosen sessions to a file for another secretary to record</source>
        <translation>Skriv valda dialogtillfällen till en fil som en annan sekreterare antecknar i</translation>
    </message>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>Ta em&amp;ot…</translation>
    </message>
    <message>
        <source>Merge a copy sent back by another secretary into the project, with a preview first</source>
        <translation>Sammanfoga en kopia som en annan sekreterare har skickat tillbaka med projektet, efter en förhandsgranskning</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Skicka tillba&amp;ka…</translation>
    </message>
    <message>
        <source>Write the sessions you recorded to a file for the one who sent them out</source>
        <translation>Skriv dialogtillfällena du har antecknat till en fil åt den som skickade ut dem</translation>
    </message>
    <message>
        <source>&amp;Notice and agenda…</source>
        <translation>&amp;Kallelse och dagordning…</translation>
    </message>
    <message>
        <source>Preview the notice of the session with its agenda, then save it (PDF or Word) or print it to send before the meeting</source>
        <translation>Förhandsgranska kallelsen till dialogtillfället med dagordningen och spara den (PDF eller Word) eller skriv ut den för att skicka före mötet</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>What was decided to be done, by whom and when. Open actions from earlier sessions are shown when meeting mode starts a new session.</source>
        <translation>Vad som beslutades ska göras, av vem och när. Öppna åtgärder från tidigare dialogtillfällen visas när mötesläget startar ett nytt dialogtillfälle.</translation>
    </message>
    <message>
        <source>Show &amp;only open actions</source>
        <translation>Visa &amp;bara öppna åtgärder</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Lägg till (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Ta bort (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Who is responsible, e.g. “HR-chefen”</source>
        <translation>Vem som är ansvarig, t.ex. ”HR-chefen”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Åt&amp;gärd:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Decided at sess&amp;ion:</source>
        <translation>Beslutad vid &amp;dialogtillfälle:</translation>
    </message>
    <message>
        <source>Improvement a&amp;rea:</source>
        <translation>&amp;Förbättringsområde:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>A&amp;nsvarig:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Åtgärdens text</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Ansvarig för åtgärden</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Åtgärdens status</translation>
    </message>
    <message>
        <source>Action session</source>
        <translation>Åtgärdens dialogtillfälle</translation>
    </message>
    <message>
        <source>Action improvement area</source>
        <translation>Åtgärdens förbättringsområde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Ta bort åtgärden ”%1”?</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>The adjusters approve the minutes. After adjusting, the minutes are locked; reopening them is recorded.</source>
        <translation>Justerarna godkänner protokollet. Efter justeringen är protokollet låst, och om det öppnas igen registreras det.</translation>
    </message>
    <message>
        <source>&amp;Adjusted by:</source>
        <translation>&amp;Justerat av:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Adjust and lock</source>
        <translation>Justera och lås</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Standard age&amp;nda</source>
        <extracomment>the selected agenda item changed (the Row, or None)</extracomment>
        <translation>&amp;Standarddagordning</translation>
    </message>
    <message>
        <source>Fill the empty agenda with the usual formal items: opening, election of adjusters, approval of the agenda … closing</source>
        <translation>Fyll den tomma dagordningen med de vanliga formella punkterna: mötets öppnande, val av justerare, godkännande av dagordningen … mötets avslutande</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>The items are numbered § 1, § 2 … in this order; moving or deleting an item renumbers the rest.</source>
        <translation>Paragraferna numreras § 1, § 2 … i den här ordningen. Flyttar eller tar du bort en paragraf numreras resten om.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Lägg till paragraf</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny paragraf</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n minute note(s) are deleted with it.</source>
        <translation>
            <numerusform>%n protokollsanteckning tas också bort.</numerusform>
            <numerusform>%n protokollsanteckningar tas också bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ru&amp;brik:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ärend&amp;etyp:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Utfa&amp;ll:</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Paragrafens rubrik</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Ärendetyp</translation>
    </message>
    <message>
        <source>Question of the item</source>
        <translation>Paragrafens fråga</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>None</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Standard agenda</source>
        <translation>Standarddagordning</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>What works (strengths)</source>
        <translation>Det som fungerar (styrkor)</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Förbättringsområden</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Yttrande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Analysis</source>
        <extracomment>kinds whose changes alter what the analysis shows</extracomment>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Everything said about a theme, a strength or an improvement area, across all sessions. Pick a tag to read its passages; the overview counts them per session and per party.</source>
        <translation>Allt som har sagts om ett tema, något som fungerar eller ett förbättringsområde, i alla dialogtillfällen. Välj en kod för att läsa textavsnitten; översikten räknar dem per dialogtillfälle och per part.</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Underlag</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>S&amp;urvey</source>
        <translation>&amp;Enkät</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your text is saved; the details are in the log file. You can keep working.</source>
        <translation>Något oväntat gick fel. Din text är sparad och detaljerna finns i loggfilen. Du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <source>The library in %1 could not be opened. It may be damaged or used by another program. Nothing was changed. Run “samverkan-desktop check” for details.</source>
        <translation>Biblioteket i %1 kunde inte öppnas. Det kan vara skadat eller användas av ett annat program. Ingenting har ändrats. Kör ”samverkan-desktop check” för att få veta mer.</translation>
    </message>
    <message>
        <source>The minutes could not be opened; the details are in the log file.</source>
        <translation>Protokollet kunde inte öppnas. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>There is no project “%1” in the library.</source>
        <translation>Det finns inget projekt ”%1” i biblioteket.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Strengthened</source>
        <translation>Stärkts</translation>
    </message>
    <message>
        <source>Partly strengthened</source>
        <translation>Delvis stärkts</translation>
    </message>
    <message>
        <source>Not strengthened</source>
        <translation>Inte stärkts</translation>
    </message>
    <message>
        <source>Cannot be assessed</source>
        <translation>Kan inte bedömas</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Inte bedömt än</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Assessment of the mandates</source>
        <extracomment>the user asked to see an entry of the evidence (its id) (entry, tagging) of the passages chosen as quotes for the shown mandate</extracomment>
        <translation>Bedömning av de politiska uppdragen</translation>
    </message>
    <message>
        <source>Rate each political mandate and motivate the rating, with the evidence linked to it beside you. Double-click a passage to open its entry.</source>
        <translation>Bedöm varje politiskt uppdrag och motivera bedömningen, med underlaget som hör till uppdraget bredvid. Dubbelklicka på ett textavsnitt för att öppna inlägget.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Politiska uppdrag</translation>
    </message>
    <message>
        <source>&amp;Mandates</source>
        <translation>Politiska &amp;uppdrag</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>&amp;Strengthened</source>
        <translation>&amp;Stärkts</translation>
    </message>
    <message>
        <source>Pa&amp;rtly strengthened</source>
        <translation>&amp;Delvis stärkts</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>Under&amp;lag</translation>
    </message>
    <message>
        <source>&amp;Not strengthened</source>
        <translation>&amp;Inte stärkts</translation>
    </message>
    <message>
        <source>Cannot &amp;be assessed</source>
        <translation>&amp;Kan inte bedömas</translation>
    </message>
    <message>
        <source>Why this rating? Refer to what the dialogues showed.</source>
        <translation>Varför den här bedömningen? Hänvisa till vad dialogerna visade.</translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Evidence linked to the mandate</source>
        <translation>Underlag kopplat till uppdraget</translation>
    </message>
    <message>
        <source>No mandates yet</source>
        <translation>Inga politiska uppdrag än</translation>
    </message>
    <message>
        <source>Add the political mandates under “Political mandates” first.</source>
        <translation>Lägg först till de politiska uppdragen under ”Politiska uppdrag”.</translation>
    </message>
    <message>
        <source>Answers to the questions linked to the mandate (%1)</source>
        <translation>Svar på frågorna som är kopplade till uppdraget (%1)</translation>
    </message>
    <message>
        <source>Passages tagged with tags linked to the mandate (%1)</source>
        <translation>Textavsnitt kodade med koder som är kopplade till uppdraget (%1)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Citera i rapporten…</translation>
    </message>
    <message>
        <source>Choose the selected passage as a quote the report prints first for this mandate (★ marks the chosen ones)</source>
        <translation>Välj det markerade stycket som citat som rapporten skriver först för det här uppdraget (★ visar de valda)</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <extracomment>internal id of a party row; a person row&apos;s internal id is its party&apos;s row + 1</extracomment>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Roll på mötet</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>Without a party</source>
        <translation>Utan part</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 av %2 närvarande</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Tick who attended, party by party. Space ticks the selected person, F2 changes the role. Everyone in the project is listed; add people under Parties and people.</source>
        <extracomment>changes to these kinds alter the list (people and parties are edited elsewhere)</extracomment>
        <translation>Kryssa i vilka som var närvarande, part för part. Mellanslag kryssar i den markerade personen och F2 byter roll. Alla personer i projektet finns i listan; lägg till fler under Parter och personer.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Mark &amp;party present</source>
        <translation>Hela par&amp;ten närvarande</translation>
    </message>
    <message>
        <source>Mark everyone of the selected party present</source>
        <translation>Markera alla i den valda parten som närvarande</translation>
    </message>
    <message>
        <source>Mark &amp;everyone present</source>
        <translation>A&amp;lla närvarande</translation>
    </message>
    <message>
        <source>Mark every person in the list present</source>
        <translation>Markera alla personer i listan som närvarande</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Byt roll</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Ändra närvaro</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Markera närvarande</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Markera frånvarande</translation>
    </message>
</context>
<context>
    <name>BeforeReportPanel</name>
    <message>
        <source>What remains before the report is final</source>
        <translation>Vad återstår innan rapporten fastställs</translation>
    </message>
    <message>
        <source>Names in the entries (the report names no one)</source>
        <translation>Namn i inläggen (rapporten namnger ingen)</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Antecknat av %1 på %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Antecknat av %1</translation>
    </message>
    <message>
        <source>the other side&apos;s version of %1, kept beside it after a conflict</source>
        <translation>den andra sidans version av %1, sparad bredvid efter en konflikt</translation>
    </message>
    <message>
        <source>Recorded here (sent by %1)</source>
        <translation>Antecknas här (utskickat av %1)</translation>
    </message>
    <message>
        <source>Sent out to %1</source>
        <translation>Utskickat till %1</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Projektet</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Politiska uppdrag</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Dialogtillfällen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Dagordningspunkter</translation>
    </message>
    <message>
        <source>Minute notes</source>
        <translation>Protokollsanteckningar</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>projektet</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>political mandate</source>
        <translation>politiskt uppdrag</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>session</source>
        <translation>dialogtillfälle</translation>
    </message>
    <message>
        <source>attendance line</source>
        <translation>närvarorad</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>dagordningspunkt</translation>
    </message>
    <message>
        <source>minute note</source>
        <translation>protokollsanteckning</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>inlägg</translation>
    </message>
    <message>
        <source>tagging</source>
        <translation>kodning</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagordningspunkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Project details</source>
        <translation>Projektets uppgifter</translation>
    </message>
    <message>
        <source>What the board asked for and who the report is for. You can change everything later.</source>
        <translation>Vad nämnden har gett i uppdrag och vem rapporten är till för. Allt går att ändra senare.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Dialogue report – central collaboration 2026</source>
        <translation>t.ex. Dialograpport – central samverkan 2026</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. Ekdala kommun</source>
        <translation>t.ex. Ekdala kommun</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>e.g. KS 2026/0214</source>
        <translation>t.ex. KS 2026/0214</translation>
    </message>
    <message>
        <source>B&amp;udget year:</source>
        <translation>Budget&amp;år:</translation>
    </message>
    <message>
        <source>Commissioned b&amp;y:</source>
        <translation>&amp;Uppdragsgivare:</translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen</source>
        <translation>t.ex. Kommunstyrelsen</translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation>Beslutsd&amp;atum:</translation>
    </message>
    <message>
        <source>The commission, quoted from the board&apos;s decision</source>
        <translation>Uppdraget, ordagrant ur beslutet</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Uppdra&amp;get:</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>Projektet behöver en titel.</translation>
    </message>
    <message>
        <source>&amp;Collaboration body:</source>
        <translation>&amp;Samverkansorgan:</translation>
    </message>
    <message>
        <source>e.g. Central samverkansgrupp (CSG)</source>
        <translation>t.ex. Central samverkansgrupp (CSG)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
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
        <translation>Problem med att spara</translation>
    </message>
</context>
<context>
    <name>EarlyInput</name>
    <message>
        <source>What you typed could not be saved; it is on the clipboard, so that you can paste it where it belongs.</source>
        <translation>Det du skrev kunde inte sparas. Det ligger i urklipp, så att du kan klistra in det där det hör hemma.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Earlier entries</source>
        <translation>Tidigare inlägg</translation>
    </message>
</context>
<context>
    <name>ErasePerson</name>
    <message>
        <source>no party</source>
        <translation>ingen part</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1” (%2)? This is what happens:</source>
        <translation>Radera personuppgifterna för ”%1” (%2)? Det här händer:</translation>
    </message>
    <message>
        <source>• The name becomes “%1” in the list of people, in the attendance and wherever the full name is written in the project&apos;s texts (attendance lines: %2, places in the texts: %3).</source>
        <translation>• Namnet byts mot ”%1” i personlistan, i närvaron och överallt där hela namnet står i projektets texter (närvarorader: %2, ställen i texterna: %3).</translation>
    </message>
    <message>
        <source>• The entries keep their party but no longer name the person (entries: %1).</source>
        <translation>• Anteckningarna behåller sin part men knyts inte längre till personen (anteckningar: %1).</translation>
    </message>
    <message>
        <source>• Every backup in the data folder is deleted, since they hold the name (files: %1); a new backup is made afterwards.</source>
        <translation>• Alla säkerhetskopior i datamappen raderas, eftersom de innehåller namnet (filer: %1). Därefter görs en ny säkerhetskopia.</translation>
    </message>
    <message>
        <source>• Adjusted minutes that change get a note that they were anonymised (sessions: %1).</source>
        <translation>• Justerade protokoll som ändras får en anteckning om att de har anonymiserats (tillfällen: %1).</translation>
    </message>
    <message>
        <source>The personal data is erased and a new backup is made. Places where the name was replaced: %1. Entries that keep their party without a person: %2. Backups deleted: %3.</source>
        <translation>Personuppgifterna är raderade och en ny säkerhetskopia är gjord. Ställen där namnet byttes ut: %1. Anteckningar som står kvar på sin part utan person: %2. Raderade säkerhetskopior: %3.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Raderar personuppgifter…</translation>
    </message>
    <message>
        <source>• Open meeting mode windows of the project are closed and the undo history is emptied. The erasure cannot be undone.</source>
        <translation>• Öppna möteslägen i projektet stängs och ångrahistoriken töms. Raderingen går inte att ångra.</translation>
    </message>
    <message>
        <source>Files you exported earlier (project files, archives, PDFs) are not changed; delete them yourself if they should go too.</source>
        <translation>Filer som du har exporterat tidigare (projektfiler, arkiv, PDF:er) ändras inte. Radera dem själv om även de ska bort.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Meeting mode could not be closed, so nothing was erased. Try again in a moment.</source>
        <translation>Mötesläget gick inte att stänga, så ingenting raderades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Finding the personal data…</source>
        <translation>Söker efter personuppgifterna…</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Dialogtillfälle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Tags</source>
        <extracomment>the party filter&apos;s value for entries without a party the tag list widens to its longest name, up to this many em</extracomment>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Dialogtillfälle</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Typ av inlägg</translation>
    </message>
    <message>
        <source>Include s&amp;ub-tags</source>
        <translation>Ta &amp;med underkoder</translation>
    </message>
    <message>
        <source>Also show the passages of the tags nested under the chosen tag</source>
        <translation>Visa också textavsnitten för koderna under den valda koden</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Re&amp;nsa filter</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>Par&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Dialogtillfälle:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Inläggstyp:</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <source>&amp;Go to entry</source>
        <translation>&amp;Gå till inlägget</translation>
    </message>
    <message>
        <source>Open the entry of the selected passage in its session (Enter)</source>
        <translation>Öppna inlägget med det markerade textavsnittet i dess dialogtillfälle (Enter)</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>Hela inlägget</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alla parter</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alla dialogtillfällen</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Choose a tag on the left to see every passage tagged with it.</source>
        <translation>Välj en kod till vänster för att se alla textavsnitt som är kodade med den.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n textavsnitt</numerusform>
            <numerusform>%n textavsnitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Citera i rapporten…</translation>
    </message>
    <message>
        <source>Choose the selected passage as a quote the report prints first, for this tag or a mandate</source>
        <translation>Välj det markerade stycket som citat som rapporten skriver först, för den här taggen eller ett uppdrag</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Follow-up of the previous round</source>
        <extracomment>kinds whose changes alter what this view shows the user asked to link the previous round (the main window opens its dialog)</extracomment>
        <translation>Uppföljning av föregående omgång</translation>
    </message>
    <message>
        <source>&amp;Link the previous round…</source>
        <translation>&amp;Koppla föregående uppföljning…</translation>
    </message>
    <message>
        <source>The previous round&apos;s improvement areas</source>
        <translation>Föregående omgångs förbättringsområden</translation>
    </message>
    <message>
        <source>&amp;Improvement areas then</source>
        <translation>&amp;Förbättringsområden då</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Vad det blev av det</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <source>&amp;Not started</source>
        <translation>&amp;Inte påbörjat</translation>
    </message>
    <message>
        <source>No &amp;longer relevant</source>
        <translation>Inte &amp;längre aktuellt</translation>
    </message>
    <message>
        <source>What was done, and what it led to.</source>
        <translation>Vad som gjordes och vad det ledde till.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>Kommentar till uppföljningen</translation>
    </message>
    <message>
        <source>Matched tag</source>
        <translation>Matchad tagg</translation>
    </message>
    <message>
        <source>&amp;Tag in this round:</source>
        <translation>&amp;Tagg i den här omgången:</translation>
    </message>
    <message>
        <source>Entries of this round</source>
        <translation>Inlägg i den här omgången</translation>
    </message>
    <message>
        <source>This round&apos;s entries that speak to the improvement area</source>
        <translation>Inlägg i den här omgången som handlar om förbättringsområdet</translation>
    </message>
    <message>
        <source>Link the project to the previous round to follow up the improvement areas it proposed: what was done, what is in progress, and what this round&apos;s dialogues and written answers say about them.</source>
        <translation>Koppla projektet till föregående uppföljning för att följa upp förbättringsområdena som den föreslog: vad som har gjorts, vad som pågår och vad den här omgångens dialoger och skriftliga svar säger om dem.</translation>
    </message>
    <message>
        <source>The improvement areas of “%1”%2: %3 of %4 are followed up. This follow-up is the strongest evidence of what has been strengthened.</source>
        <translation>Förbättringsområdena i ”%1”%2: %3 av %4 är uppföljda. Uppföljningen är det starkaste underlaget för vad som har stärkts.</translation>
    </message>
    <message>
        <source>— no match —</source>
        <translation>— ingen motsvarighet —</translation>
    </message>
    <message>
        <source>The previous round proposed no improvement areas.</source>
        <translation>Föregående omgång föreslog inga förbättringsområden.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) spoke to it then.</source>
        <translation>
            <numerusform>%n inlägg handlade om det då.</numerusform>
            <numerusform>%n inlägg handlade om det då.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal then: %1</source>
        <translation>Förslaget då: %1</translation>
    </message>
    <message>
        <source>No tag of this round is matched to the improvement area, so no entries are shown. Choose the tag below.</source>
        <translation>Ingen tagg i den här omgången är matchad mot förbättringsområdet, så inga inlägg visas. Välj taggen nedan.</translation>
    </message>
    <message>
        <source>Entries of this round tagged “%1” (%2)</source>
        <translation>Inlägg i den här omgången kodade med ”%1” (%2)</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Uppföljningens status</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>The library in %1 is already open in Samverkan Desktop. Switch to that window: a library can only be open once, so that no two windows write the same minutes.</source>
        <translation>Biblioteket i %1 är redan öppet i Samverkan Desktop. Gå till det fönstret – ett bibliotek kan bara vara öppet på ett ställe, så att två fönster aldrig skriver i samma protokoll.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected went wrong and the work was stopped. Your data is not affected; the details are in the log file.</source>
        <translation>Något oväntat gick fel och arbetet avbröts. Dina uppgifter påverkas inte; detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>a job that writes the library ended done: what it wrote is stored (the save label says so)</extracomment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Samverkan Desktop</source>
        <translation>Samverkan Desktop</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>KeyOverview</name>
    <message>
        <source>Keys in meeting mode</source>
        <translation>Tangenter i mötesläget</translation>
    </message>
</context>
<context>
    <name>ListFormEditor</name>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Lägg till (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Ta bort (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Flytta upp (Alt+Skift+Uppil)</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Flytta ned (Alt+Skift+Nedpil)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>LocationNotice</name>
    <message>
        <source>I understand</source>
        <translation>Jag förstår</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <source>&amp;Reopen the minutes…</source>
        <translation>&amp;Öppna protokollet igen…</translation>
    </message>
    <message>
        <source>These minutes are adjusted and locked: nothing in them can be changed. Tagging still works. To change them, reopen them here (%1); they must then be adjusted again.</source>
        <translation>Protokollet är justerat och låst: inget i det kan ändras. Kodning fungerar ändå. Vill du ändra i det öppnar du det igen här (%1); sedan måste det justeras på nytt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigator</source>
        <extracomment>where the long jobs run (None: a thread each); tests may put a SyncRunner here</extracomment>
        <translation>Navigeringsfönster</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Inga ändringar än</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt dialogtillfälle</translation>
    </message>
    <message>
        <source>Choose a session in the navigator first.</source>
        <translation>Välj först ett dialogtillfälle i navigeringsfönstret.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Ta bort projekt</translation>
    </message>
    <message>
        <source>Delete the project “%1” and everything recorded in it? You can undo this with Ctrl+Z until you close the app.</source>
        <translation>Ta bort projektet ”%1” och allt som har registrerats i det? Du kan ångra med Ctrl+Z tills du stänger programmet.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Inga nyligen öppnade projekt</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>Allt är inte sparat</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be saved right now (see the red bar). If you quit, it is lost. Quit anyway?</source>
        <translation>En del av det du skrivit går inte att spara just nu (se det röda fältet). Om du avslutar nu försvinner det. Vill du avsluta ändå?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Avsluta utan att spara</translation>
    </message>
    <message>
        <source>No project is open. Create one (Ctrl+Shift+N) or open one on the start page.</source>
        <translation>Inget projekt är öppet. Skapa ett (Ctrl+Skift+N) eller öppna ett på startsidan.</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Öppnar biblioteket…</translation>
    </message>
</context>
<context>
    <name>MandatesEditor</name>
    <message>
        <source>Political mandates</source>
        <translation>Politiska uppdrag</translation>
    </message>
    <message>
        <source>The political goals the report evaluates, as the board worded them. Each mandate is assessed in the report.</source>
        <translation>De politiska mål som rapporten utvärderar, så som kommunstyrelsen formulerade dem. Varje uppdrag bedöms i rapporten.</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Lägg till uppdrag</translation>
    </message>
    <message>
        <source>New mandate</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>R&amp;ubrik:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Mandate title</source>
        <translation>Uppdragets rubrik</translation>
    </message>
    <message>
        <source>Mandate code</source>
        <translation>Uppdragets kod</translation>
    </message>
    <message>
        <source>Mandate description</source>
        <translation>Uppdragets beskrivning</translation>
    </message>
    <message>
        <source>Link mandate to questions</source>
        <translation>Koppla uppdrag till frågor</translation>
    </message>
    <message>
        <source>The question guide has no questions yet. Add them under Question guide, then link them to the mandates here.</source>
        <translation>Samtalsguiden har inga frågor än. Lägg till dem under Samtalsguide och koppla dem sedan till uppdragen här.</translation>
    </message>
    <message>
        <source>Linked questions</source>
        <translation>Kopplade frågor</translation>
    </message>
    <message>
        <source>The questions of the guide whose answers help evaluate the mandate</source>
        <translation>Frågorna i samtalsguiden vars svar hjälper till att bedöma uppdraget</translation>
    </message>
    <message>
        <source>Linked &amp;questions:</source>
        <translation>&amp;Frågor i samtalsguiden:</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Add mandate</source>
        <translation>&amp;Lägg till uppdrag</translation>
    </message>
    <message>
        <source>&amp;Remove mandate</source>
        <translation>&amp;Ta bort uppdrag</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Politiska uppdrag</translation>
    </message>
    <message>
        <source>The mandates the report follows up, e.g. &quot;U1 – Strengthen collaboration at the workplace&quot;. You can add them later too.</source>
        <translation>De politiska uppdrag som rapporten följer upp, t.ex. ”U1 – Stärk samverkan på arbetsplatsnivå”. Du kan också lägga till dem senare.</translation>
    </message>
    <message>
        <source>Every mandate needs a title. Write one, or remove the mandate.</source>
        <translation>Varje uppdrag behöver en rubrik. Skriv en, eller ta bort uppdraget.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Total</source>
        <extracomment>the (tag id, session id or None, party id or None, is party column) of a cell</extracomment>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>Entries without a party</source>
        <translation>Inlägg utan part</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Only an entry of kind action becomes an action item (Ctrl+3 marks the kind).</source>
        <translation>Bara inlägg av typen Åtgärd kan läggas till bland åtgärderna (Ctrl+3 anger typen).</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Skapa åtgärd</translation>
    </message>
    <message>
        <source>Action item created. Add its owner and due date under Actions; Ctrl+Z undoes it.</source>
        <translation>Åtgärden är skapad. Ange ansvarig och datum under Åtgärder; Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Redigera inlägg</translation>
    </message>
    <message>
        <source>The words tagged with %1 were changed: the tagging now applies to the whole entry (its memo quotes the old words). Ctrl+Z restores them.</source>
        <translation>Orden som var kodade med %1 har ändrats: kodningen gäller nu hela inlägget (kommentaren citerar de gamla orden). Ctrl+Z återställer dem.</translation>
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
        <translation>Ingen dagordning och inga frågor än – börja skriva.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1: next</source>
        <translation>%1: nästa</translation>
    </message>
    <message>
        <source>the last one</source>
        <translation>den sista</translation>
    </message>
</context>
<context>
    <name>MeetingKeys</name>
    <message>
        <source>Save the entry and start the next</source>
        <translation>Spara inlägget och börja på nästa</translation>
    </message>
    <message>
        <source>New line in the entry</source>
        <translation>Ny rad i inlägget</translation>
    </message>
    <message>
        <source>No party (e.g. the secretary&apos;s own note)</source>
        <translation>Ingen part (t.ex. sekreterarens egen anteckning)</translation>
    </message>
    <message>
        <source>Kind: statement</source>
        <translation>Typ: yttrande</translation>
    </message>
    <message>
        <source>Kind: decision</source>
        <translation>Typ: beslut</translation>
    </message>
    <message>
        <source>Kind: action</source>
        <translation>Typ: åtgärd</translation>
    </message>
    <message>
        <source>Kind: note</source>
        <translation>Typ: anteckning</translation>
    </message>
    <message>
        <source>Next agenda item or question</source>
        <translation>Nästa paragraf eller fråga</translation>
    </message>
    <message>
        <source>Previous agenda item or question</source>
        <translation>Föregående paragraf eller fråga</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>key name</comment>
        <translation>Uppil</translation>
    </message>
    <message>
        <source>From an empty entry: go to the earlier entries</source>
        <translation>Från ett tomt inlägg: gå till de tidigare inläggen</translation>
    </message>
    <message>
        <source>Edit the selected earlier entry (Enter saves, Esc cancels)</source>
        <translation>Redigera det markerade inlägget (Enter sparar, Esc avbryter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>key name</comment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected earlier entry</source>
        <translation>Ta bort det markerade inlägget</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Flytta upp det markerade inlägget</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Flytta ned det markerade inlägget</translation>
    </message>
    <message>
        <source>Tag the selected earlier entry, or the one just saved</source>
        <translation>Koda det markerade tidigare inlägget eller det som just sparades</translation>
    </message>
    <message>
        <source>Back to the entry being typed</source>
        <translation>Tillbaka till inlägget du skriver</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Make the selected entry of kind action an action item</source>
        <translation>Lägg det markerade inlägget av typen åtgärd i åtgärdslistan</translation>
    </message>
    <message>
        <source>Show or hide the attendance list</source>
        <translation>Visa eller dölj närvarolistan</translation>
    </message>
    <message>
        <source>Adjust the minutes (lock them) or reopen them</source>
        <translation>Justera protokollet (låser det) eller öppna det igen</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Helskärm på eller av</translation>
    </message>
    <message>
        <source>This overview of keys</source>
        <translation>Den här översikten över tangenter</translation>
    </message>
    <message>
        <source>Leave meeting mode (everything is saved)</source>
        <translation>Lämna mötesläget (allt är sparat)</translation>
    </message>
    <message>
        <source>Quote the selected entry in the report (for a mandate or tag)</source>
        <translation>Citera det markerade inlägget i rapporten (för ett uppdrag eller en kod)</translation>
    </message>
    <message>
        <source>Who is speaking: choose the party (it stays until changed); on a selected earlier entry: change its party</source>
        <translation>Vem som talar: välj part (gäller tills du byter); på ett markerat tidigare inlägg: byt dess part</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>&amp;Redigera texten</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Ta bort inlägget</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Tag with…</source>
        <translation>&amp;Koda med…</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Citera i rapporten…</translation>
    </message>
    <message>
        <source>Create &amp;action item</source>
        <translation>&amp;Skapa åtgärd</translation>
    </message>
    <message>
        <source>Hide the open actions from earlier sessions</source>
        <translation>Dölj de öppna åtgärderna från tidigare dialogtillfällen</translation>
    </message>
    <message>
        <source>Undo: typing first, then the entries saved and changed here</source>
        <translation>Ångra: först det du skrivit, sedan inlägg som sparats och ändrats här</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key name</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key name</comment>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>key name</comment>
        <translation>Nedpil</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Other notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <source>These minutes are adjusted and locked. To change them, reopen them with %1 or the button above.</source>
        <translation>Protokollet är justerat och låst. Vill du ändra i det öppnar du det igen med %1 eller knappen ovanför.</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Spara inlägg</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Ta bort inlägg</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Flytta inlägg</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <source>Nothing to undo in meeting mode.</source>
        <translation>Det finns inget att ångra i mötesläget.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>Nothing to redo in meeting mode.</source>
        <translation>Det finns inget att göra om i mötesläget.</translation>
    </message>
    <message>
        <source>Undone: %1 – the text is back in the entry being typed.</source>
        <translation>Ångrat: %1 – texten är tillbaka i inläggsrutan.</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Meeting mode – %1</source>
        <translation>Mötesläge – %1</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>ingen part</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>alla tangenter</translation>
    </message>
    <message>
        <source>Entry being typed</source>
        <translation>Inlägget du skriver</translation>
    </message>
    <message>
        <source>Type what is said. Enter saves the entry, Shift+Enter is a new line.</source>
        <translation>Skriv det som sägs. Enter sparar inlägget, Skift+Enter ger ny rad.</translation>
    </message>
    <message>
        <source>opening the minutes…</source>
        <translation>öppnar protokollet…</translation>
    </message>
    <message>
        <source>Opening the minutes…</source>
        <translation>Öppnar protokollet…</translation>
    </message>
    <message>
        <source>The minutes are still being opened; this works in a moment.</source>
        <translation>Protokollet håller fortfarande på att öppnas. Det här går om en liten stund.</translation>
    </message>
    <message>
        <source>Change party</source>
        <translation>Byt part</translation>
    </message>
    <message>
        <source>The minutes are still being opened; what you typed is saved then. Close again in a moment.</source>
        <translation>Protokollet håller fortfarande på att öppnas. Det du har skrivit sparas då. Stäng igen om en liten stund.</translation>
    </message>
    <message>
        <source>The minutes are locked. Reopen them (%1) to add entries.</source>
        <translation>Protokollet är låst. Öppna det igen (%1) om du vill lägga till inlägg.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Slå ihop ”%1” med:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Receive from %1</source>
        <translation>Ta emot från %1</translation>
    </message>
    <message>
        <source>The file is compared with what was sent out, record by record by id, never by name. Nothing is written until you press “Receive”; a backup is made first, so File &gt; Restore from backup undoes it.</source>
        <translation>Filen jämförs med det som skickades ut, post för post efter id, aldrig efter namn. Ingenting sparas förrän du trycker på ”Ta emot”. Först görs en säkerhetskopia, så att du kan ångra med Arkiv &gt; Återställ från säkerhetskopia.</translation>
    </message>
    <message>
        <source>No conflicts: nobody changed the same record on both sides.</source>
        <translation>Inga konflikter: ingen post har ändrats på båda hållen.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ta emot</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Vad sammanfogningen gör</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed the same record (%1)</source>
        <translation>Konflikter: samma post har ändrats på båda hållen (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Mine (this library)</source>
        <translation>Min version (det här biblioteket)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Deras version (%1)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Behåll b&amp;åda</translation>
    </message>
    <message>
        <source>All: keep mine</source>
        <translation>Alla: behåll min</translation>
    </message>
    <message>
        <source>All: take theirs</source>
        <translation>Alla: ta deras</translation>
    </message>
    <message>
        <source>All: keep both</source>
        <translation>Alla: behåll båda</translation>
    </message>
    <message>
        <source>New tags with a name the project already has</source>
        <translation>Nya koder med ett namn som projektet redan har</translation>
    </message>
    <message>
        <source>Combine their tag “%1” with the project&apos;s tag of the same name</source>
        <translation>Slå ihop deras kod ”%1” med projektets kod med samma namn</translation>
    </message>
    <message>
        <source>Not combined, their tag is added beside yours.</source>
        <translation>Om du inte slår ihop dem läggs deras kod till bredvid din.</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>behåll min</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>ta deras</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>behåll båda</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>välj</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>Both sides changed it since it was sent out.</source>
        <translation>Båda sidor har ändrat den sedan den skickades ut.</translation>
    </message>
    <message>
        <source>The text was changed on one side and marked passages of it on the other.</source>
        <translation>Texten har ändrats på ena sidan och kodade passager i den på den andra.</translation>
    </message>
    <message>
        <source>The session is adjusted here, so a merge never changes it. Keep yours now; to take their changes, reopen the session and receive the file again.</source>
        <translation>Dialogtillfället är justerat här, så en sammanfogning ändrar det aldrig. Behåll din version nu. Vill du ta in deras ändringar öppnar du tillfället igen och tar emot filen på nytt.</translation>
    </message>
    <message>
        <source>They adjusted the session, and it was changed here too: it is taken whole or not at all.</source>
        <translation>De har justerat dialogtillfället och det har ändrats här också. Det tas in helt eller inte alls.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a choice.</source>
        <translation>
            <numerusform>%n konflikt väntar på ditt val.</numerusform>
            <numerusform>%n konflikter väntar på ditt val.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinuteNotesEditor</name>
    <message>
        <source>Minute notes</source>
        <translation>Protokollsanteckningar</translation>
    </message>
    <message>
        <source>Minute notes for § %1</source>
        <translation>Protokollsanteckningar till § %1</translation>
    </message>
    <message>
        <source>A party&apos;s own statement entered into the minutes of this item.</source>
        <translation>En parts eget yttrande som förs in i protokollet under den här paragrafen.</translation>
    </message>
    <message>
        <source>Add minute note</source>
        <translation>Lägg till protokollsanteckning</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ingen text än)</translation>
    </message>
    <message>
        <source>Delete the minute note of %1?</source>
        <translation>Ta bort protokollsanteckningen från %1?</translation>
    </message>
    <message>
        <source>The party&apos;s statement, in its own words</source>
        <translation>Partens yttrande i egen formulering</translation>
    </message>
    <message>
        <source>Pa&amp;rty:</source>
        <translation>Par&amp;t:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Minute note party</source>
        <translation>Protokollsanteckningens part</translation>
    </message>
    <message>
        <source>Minute note text</source>
        <translation>Protokollsanteckningens text</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <source>Names written into the entries: the names of the project&apos;s people, and two capitalised words after a role such as “skyddsombudet”. A report without names prints what you choose here instead; the minutes keep the name.</source>
        <translation>Namn som skrivits in i inläggen: namnen på projektets personer och två ord med stor bokstav efter en roll som ”skyddsombudet”. En rapport utan namn skriver det du väljer här i stället; protokollet behåller namnet.</translation>
    </message>
    <message>
        <source>Names in the entries</source>
        <translation>Namn i inläggen</translation>
    </message>
    <message>
        <source>e.g. skyddsombudet (empty: the name is left out)</source>
        <translation>t.ex. skyddsombudet (tomt: namnet utelämnas)</translation>
    </message>
    <message>
        <source>&amp;Instead print:</source>
        <translation>Skriv &amp;i stället:</translation>
    </message>
    <message>
        <source>&amp;Replace in the report</source>
        <translation>&amp;Ersätt i rapporten</translation>
    </message>
    <message>
        <source>&amp;Leave the name</source>
        <translation>&amp;Låt namnet stå</translation>
    </message>
    <message>
        <source>Print the name as typed, also in a report without names</source>
        <translation>Skriv namnet som det står, även i en rapport utan namn</translation>
    </message>
    <message>
        <source>&amp;Not decided</source>
        <translation>&amp;Inte avgjort</translation>
    </message>
    <message>
        <source>No names found in the entries.</source>
        <translation>Inga namn hittades i inläggen.</translation>
    </message>
    <message>
        <source>name of a person in the project</source>
        <translation>namn på en person i projektet</translation>
    </message>
    <message>
        <source>looks like a name after a role</source>
        <translation>ser ut som ett namn efter en roll</translation>
    </message>
    <message>
        <source>Enter or double-click opens the entry</source>
        <translation>Enter eller dubbelklick öppnar inlägget</translation>
    </message>
    <message>
        <source>not decided, printed as typed</source>
        <translation>inte avgjort, skrivs som det står</translation>
    </message>
    <message>
        <source>printed as typed</source>
        <translation>skrivs som det står</translation>
    </message>
    <message>
        <source>left out of the report</source>
        <translation>utelämnas i rapporten</translation>
    </message>
    <message>
        <source>the report prints “%1”</source>
        <translation>rapporten skriver ”%1”</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Namn i rapporten</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Political mandates</source>
        <translation>Politiska uppdrag</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Samtalsguide</translation>
    </message>
    <message>
        <source>Parties and people</source>
        <translation>Parter och personer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Dialogtillfällen</translation>
    </message>
    <message>
        <source>Themes and improvement areas</source>
        <translation>Teman och förbättringsområden</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Assessment of mandates</source>
        <translation>Bedömning av politiska uppdrag</translation>
    </message>
    <message>
        <source>Follow-up of the previous round</source>
        <translation>Uppföljning av föregående omgång</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <source>Open actions from earlier sessions (%1)</source>
        <translation>Öppna åtgärder från tidigare dialogtillfällen (%1)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ansvarig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>… and %1 more, listed under Actions in the project.</source>
        <translation>… och %1 till, som finns under Åtgärder i projektet.</translation>
    </message>
    <message>
        <source>Hide the open actions (%1)</source>
        <translation>Dölj de öppna åtgärderna (%1)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2026-03-18; Alt+Down opens a calendar</source>
        <translation>Skriv datumet, till exempel 2026-03-18; Alt+Nedåtpil öppnar en kalender</translation>
    </message>
    <message>
        <source>(empty: no date)</source>
        <translation>(tomt: inget datum)</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Välj datumet i en kalender (Alt+Nedåtpil)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2026-03-18.</source>
        <translation>”%1” är inget datum. Skriv det som 2026-03-18.</translation>
    </message>
    <message>
        <source>A date is needed here. Type it as 2026-03-18.</source>
        <translation>Här behövs ett datum. Skriv det som 2026-03-18.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>By &amp;session</source>
        <extracomment>(tag id, session id or -1, party id or -1, is a party cell)</extracomment>
        <translation>Per &amp;dialogtillfälle</translation>
    </message>
    <message>
        <source>By pa&amp;rty</source>
        <translation>Per par&amp;t</translation>
    </message>
    <message>
        <source>Each cell counts the entries tagged with the tag or with a tag nested under it; an entry counts once. Click a cell to see its passages.</source>
        <translation>Varje ruta räknar de inlägg som är kodade med koden eller med en kod under den; ett inlägg räknas en gång. Klicka på en ruta för att se textavsnitten.</translation>
    </message>
    <message>
        <source>Entries per tag</source>
        <translation>Inlägg per kod</translation>
    </message>
    <message>
        <source>Entries per tag, as a bar chart</source>
        <translation>Inlägg per kod, som stapeldiagram</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Inga koder än.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Add from the &amp;list…</source>
        <extracomment>the selected party changed (its id, or -1 when the list is empty)</extracomment>
        <translation>Lägg till från &amp;listan…</translation>
    </message>
    <message>
        <source>Pick the employer and common unions from a list</source>
        <translation>Välj arbetsgivaren och vanliga fackförbund i en lista</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>The employer and the unions in the collaboration. Statements in the minutes are attributed to parties.</source>
        <translation>Arbetsgivaren och fackförbunden i samverkan. Yttranden i protokollet knyts till en part.</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Lägg till part</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Fackförbund</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>&amp;Sida:</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Partens namn</translation>
    </message>
    <message>
        <source>Party side</source>
        <translation>Partens sida</translation>
    </message>
    <message>
        <source>Delete the party “%1”?</source>
        <translation>Ta bort parten ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) belong to the party; they stay, without a party.</source>
        <translation>
            <numerusform>%n person hör till parten. Personen finns kvar, utan part.</numerusform>
            <numerusform>%n personer hör till parten. De finns kvar, utan part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the minutes are attributed to the party; they stay, but lose their party.</source>
        <translation>
            <numerusform>%n inlägg i protokollet är knutet till parten. Det finns kvar, men utan part.</numerusform>
            <numerusform>%n inlägg i protokollet är knutna till parten. De finns kvar, men utan part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute note(s) the party entered are deleted.</source>
        <translation>
            <numerusform>%n protokollsanteckning från parten tas bort.</numerusform>
            <numerusform>%n protokollsanteckningar från parten tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add parties from the list</source>
        <translation>Lägg till parter från listan</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Tick the employer and the unions that take part in the collaboration. Space ticks the selected party; you can add others later.</source>
        <translation>Kryssa för arbetsgivaren och de fackliga organisationer som deltar i samverkan. Mellanslag kryssar för den markerade parten. Fler parter kan du lägga till senare.</translation>
    </message>
</context>
<context>
    <name>PartyCatalogueDialog</name>
    <message>
        <source>Add parties from the list</source>
        <translation>Lägg till parter från listan</translation>
    </message>
    <message>
        <source>Tick the parties to add. Parties the project already has are ticked and greyed out.</source>
        <translation>Kryssa i de parter som ska läggas till. Parter som redan finns i projektet är ikryssade och nedtonade.</translation>
    </message>
    <message>
        <source>Common parties</source>
        <translation>Vanliga parter</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>Finns redan i projektet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add (%n)</source>
        <translation>
            <numerusform>&amp;Lägg till (%n)</numerusform>
            <numerusform>&amp;Lägg till (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>filter values besides a party&apos;s id the user picked what to show: a party&apos;s id, ALL_PARTIES or NO_PARTY the user asks to erase a person&apos;s personal data (the main window asks and does it)</extracomment>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Who takes part, for which party and in what role. Attendance lists are made from these people.</source>
        <translation>Vem som deltar, för vilken part och i vilken roll. Närvarolistorna utgår från de här personerna.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Show the people of</source>
        <translation>Visa personer för</translation>
    </message>
    <message>
        <source>e.g. HR manager, chief safety representative</source>
        <translation>t.ex. HR-chef, huvudskyddsombud</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>Par&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation>R&amp;oll eller titel:</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <source>Person&apos;s party</source>
        <translation>Personens part</translation>
    </message>
    <message>
        <source>Person&apos;s role</source>
        <translation>Personens roll</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>The person&apos;s %n attendance line(s) in sessions are deleted too.</source>
        <translation>
            <numerusform>Personens rad i närvarolistan för %n dialogtillfälle tas också bort.</numerusform>
            <numerusform>Personens rader i närvarolistorna för %n dialogtillfällen tas också bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person adjusted the minutes of %n session(s) and is removed as adjuster.</source>
        <translation>
            <numerusform>Personen har justerat protokollet från %n dialogtillfälle och tas bort som justerare.</numerusform>
            <numerusform>Personen har justerat protokollen från %n dialogtillfällen och tas bort som justerare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) name the person; they stay, without a person.</source>
        <translation>
            <numerusform>%n inlägg är knutet till personen. Det finns kvar, men utan person.</numerusform>
            <numerusform>%n inlägg är knutna till personen. De finns kvar, men utan person.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alla parter</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>People without a party</source>
        <translation>Personer utan part</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Radera personuppgifter…</translation>
    </message>
    <message>
        <source>Remove the person&apos;s name from the project, its search index and its backups (GDPR); the entries keep their party</source>
        <translation>Ta bort personens namn ur projektet, sökregistret och säkerhetskopiorna (GDPR). Anteckningarna behåller sin part.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Roll eller titel</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Lägg till person</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Ta bort person</translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation>Personer (frivilligt)</translation>
    </message>
    <message>
        <source>Who represents the parties, and in what role; the attendance lists are made from them. You can also add people later.</source>
        <translation>Vilka som företräder parterna och i vilken roll; närvarolistorna görs av dem. Du kan också lägga till personer senare.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Every person needs a name. Write one, or remove the person.</source>
        <translation>Varje person behöver ett namn. Skriv ett, eller ta bort personen.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview – %1</source>
        <extracomment>zoom steps of Ctrl++ / Ctrl+-</extracomment>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Spara dokumentet som en PDF-fil</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Skriv ut dokumentet</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Go to the first page</source>
        <translation>Gå till första sidan</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>Gå till föregående sida</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Skriv ett sidnummer och tryck på Enter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Gå till nästa sida</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Go to the last page</source>
        <translation>Gå till sista sidan</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sidbredd</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Anpassa sidans bredd till fönstret</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Visa hela sidan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Stäng förhandsgranskningen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n sida har skickats till skrivaren.</numerusform>
            <numerusform>%n sidor har skickats till skrivaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Spara som Word…</translation>
    </message>
    <message>
        <source>Save the document as a Word file (.docx) to edit it</source>
        <translation>Spara dokumentet som en Word-fil (.docx) för att redigera det</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Spara som Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Skapar Word-filen…</translation>
    </message>
</context>
<context>
    <name>PreviousRatingPanel</name>
    <message>
        <source>The motivation in the previous round</source>
        <extracomment>the colours of the ratings&apos; dots (as the assessment&apos;s)</extracomment>
        <translation>Motiveringen i föregående omgång</translation>
    </message>
    <message>
        <source>Previous round: %1</source>
        <translation>Föregående uppföljning: %1</translation>
    </message>
    <message>
        <source>No mandate of the previous round is matched to this one. Match it under Project &gt; Previous round…</source>
        <translation>Inget politiskt uppdrag i föregående omgång är matchat mot det här. Matcha det under Projekt &gt; Föregående uppföljning…</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Då: %1</translation>
    </message>
    <message>
        <source>(no motivation)</source>
        <translation>(ingen motivering)</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Sedan dess: %1</translation>
    </message>
</context>
<context>
    <name>PreviousRoundDialog</name>
    <message>
        <source>Previous round</source>
        <translation>Föregående uppföljning</translation>
    </message>
    <message>
        <source>Compare this round with the previous one: its ratings, the improvement areas it proposed and its rating items. Choose last year&apos;s project (import its project file or archive first) and link it. What has the same name is matched; match the rest below, or leave it without a match.</source>
        <translation>Jämför den här omgången med den förra: bedömningarna, förbättringsområdena som föreslogs och skattningarna. Välj förra årets projekt (importera först dess projektfil eller arkiv) och koppla det. Det som har samma namn matchas; matcha resten nedan, eller lämna det utan motsvarighet.</translation>
    </message>
    <message>
        <source>The previous round&apos;s project</source>
        <translation>Föregående omgångs projekt</translation>
    </message>
    <message>
        <source>&amp;Previous round:</source>
        <translation>&amp;Föregående uppföljning:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>Ta &amp;bort kopplingen</translation>
    </message>
    <message>
        <source>Political &amp;mandates</source>
        <translation>Politiska &amp;uppdrag</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Samtalsguidens frågor</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Taggar</translation>
    </message>
    <message>
        <source>In the previous round</source>
        <translation>I föregående omgång</translation>
    </message>
    <message>
        <source>In this round</source>
        <translation>I den här omgången</translation>
    </message>
    <message>
        <source>&amp;Link again</source>
        <translation>&amp;Koppla igen</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>what works</source>
        <translation>det som fungerar</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>förbättringsområde</translation>
    </message>
    <message>
        <source>“%1” in this round</source>
        <translation>”%1” i den här omgången</translation>
    </message>
    <message>
        <source>— no match —</source>
        <translation>— ingen motsvarighet —</translation>
    </message>
    <message>
        <source>Match with the previous round</source>
        <translation>Matchning mot föregående omgång</translation>
    </message>
    <message>
        <source>Not linked to a previous round yet.</source>
        <translation>Inte kopplat till någon föregående uppföljning ännu.</translation>
    </message>
    <message>
        <source>The library has no other project yet. Import last year&apos;s project file or archive first (File &gt; Import project file…).</source>
        <translation>Biblioteket har inget annat projekt ännu. Importera först förra årets projektfil eller arkiv (Arkiv &gt; Importera projektfil…).</translation>
    </message>
    <message>
        <source>Linked to “%1”%2. %3 of %4 are matched.</source>
        <translation>Kopplat till ”%1”%2. %3 av %4 är matchade.</translation>
    </message>
    <message>
        <source>Link another round?</source>
        <translation>Koppla en annan omgång?</translation>
    </message>
    <message>
        <source>The project is linked to “%1”. Linking another project replaces it, with its matches and follow-up.</source>
        <translation>Projektet är kopplat till ”%1”. Om du kopplar ett annat projekt ersätts kopplingen, med matchningar och uppföljning.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Linking the previous round…</source>
        <translation>Kopplar föregående uppföljning…</translation>
    </message>
    <message>
        <source>Remove the link?</source>
        <translation>Ta bort kopplingen?</translation>
    </message>
    <message>
        <source>The comparison with the previous round, its matches and the follow-up of its improvement areas are removed from the project.</source>
        <translation>Jämförelsen med föregående omgång, matchningarna och uppföljningen av förbättringsområdena tas bort ur projektet.</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort kopplingen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing.</source>
        <extracomment>printing resolution limit: sharp text, bounded memory (an A4 page at 300 dpi is ~35 MB)</extracomment>
        <translation>Dokumentet kunde inte läsas in för utskrift.</translation>
    </message>
    <message>
        <source>The chosen page range has no pages.</source>
        <translation>Det valda sidintervallet innehåller inga sidor.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>Utskriften kunde inte startas. Kontrollera att skrivaren är påslagen och ansluten.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsEditor</name>
    <message>
        <source>Commission and project details</source>
        <translation>Uppdrag och projektuppgifter</translation>
    </message>
    <message>
        <source>What the board asked for and who delivers the report. Everything is saved as you type.</source>
        <translation>Vad kommunstyrelsen har gett i uppdrag och vem som tar fram rapporten. Allt sparas medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Dialogue report – central collaboration before budget 2026</source>
        <translation>t.ex. Dialograpport – central samverkan inför budget 2026</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. Ekdala kommun</source>
        <translation>t.ex. Ekdala kommun</translation>
    </message>
    <message>
        <source>e.g. Central samverkansgrupp (CSG)</source>
        <translation>t.ex. Central samverkansgrupp (CSG)</translation>
    </message>
    <message>
        <source>&amp;Budget year:</source>
        <translation>&amp;Budgetår:</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Budgetår</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>e.g. KS 2025/0214</source>
        <translation>t.ex. KS 2025/0214</translation>
    </message>
    <message>
        <source>Commissioned &amp;by:</source>
        <translation>&amp;Uppdragsgivare:</translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen</source>
        <translation>t.ex. Kommunstyrelsen</translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation>Bes&amp;lutsdatum:</translation>
    </message>
    <message>
        <source>The commission, quoted from the board&apos;s decision</source>
        <translation>Uppdraget, ordagrant ur beslutet</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>Uppdra&amp;g:</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ansvar&amp;ig:</translation>
    </message>
    <message>
        <source>e.g. Kommundirektören</source>
        <translation>t.ex. Kommundirektören</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Sekreterare:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>R&amp;edovisas senast:</translation>
    </message>
    <message>
        <source>Set “Final” when the report has been delivered. A final project whose latest date lies further back than the retention time in Settings reminds you to archive it and purge the personal data.</source>
        <translation>Välj ”Fastställt” när rapporten har lämnats över. Ett fastställt projekt vars senaste datum ligger längre bak än gallringstiden under Inställningar påminner dig om att arkivera det och gallra personuppgifterna.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Pro&amp;jektstatus:</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>&amp;Collaboration body:</source>
        <translation>Samverkansorga&amp;n:</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Import project file</source>
        <extracomment>the share of an import&apos;s progress bar that reading the file takes</extracomment>
        <translation>Importera projektfil</translation>
    </message>
    <message>
        <source>Project files and archives (*.json *.samverkan);;All files (*)</source>
        <translation>Projektfiler och projektarkiv (*.json *.samverkan);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Importing the project…</source>
        <translation>Importerar projektet…</translation>
    </message>
    <message>
        <source>Replace project?</source>
        <translation>Ersätta projektet?</translation>
    </message>
    <message>
        <source>The library already has this project. Replace it with the file&apos;s version? What you changed since is lost.</source>
        <translation>Projektet finns redan i biblioteket. Vill du ersätta det med versionen i filen? Det du har ändrat sedan dess går förlorat.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Meeting mode could not save everything yet, so nothing was imported.</source>
        <translation>Mötesläget kunde inte spara allt ännu, så ingenting importerades.</translation>
    </message>
    <message>
        <source>Replacing the project…</source>
        <translation>Ersätter projektet…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importerat: %1</translation>
    </message>
    <message>
        <source>Project archive, to move or archive the project (*.samverkan)</source>
        <translation>Projektarkiv, för att flytta eller arkivera projektet (*.samverkan)</translation>
    </message>
    <message>
        <source>Project files (*.json)</source>
        <translation>Projektfiler (*.json)</translation>
    </message>
    <message>
        <source>Export project file</source>
        <translation>Exportera projektfil</translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation>Exporterar projektet…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
</context>
<context>
    <name>ProjectWizard</name>
    <message>
        <source>Create new project</source>
        <translation>Skapa nytt projekt</translation>
    </message>
    <message>
        <source>Create &amp;project</source>
        <translation>Skapa &amp;projekt</translation>
    </message>
</context>
<context>
    <name>QuestionGuideEditor</name>
    <message>
        <source>Start from &amp;template</source>
        <translation>Utgå från &amp;mall</translation>
    </message>
    <message>
        <source>Fill the guide with a template of central questions about collaboration, with follow-up prompts (%1)</source>
        <translation>Fyll samtalsguiden med mallens centrala frågor om samverkan och deras följdfrågor (%1)</translation>
    </message>
    <message>
        <source>The guide has no questions yet. Add one (Ctrl+N), or start from the template of central questions (%1).</source>
        <translation>Samtalsguiden har inga frågor än. Lägg till en (Ctrl+N) eller utgå från mallen med centrala frågor (%1).</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Samtalsguide</translation>
    </message>
    <message>
        <source>The central questions every dialogue goes through, in this order. Follow-up prompts help the facilitator go deeper; link each question to the mandates it helps evaluate.</source>
        <translation>De centrala frågor som varje dialog går igenom, i den här ordningen. Följdfrågorna hjälper samtalsledaren att gå på djupet. Koppla varje fråga till de politiska uppdrag den hjälper till att utvärdera.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Follow-up prompts</source>
        <translation>Följdfrågor</translation>
    </message>
    <message>
        <source>Follow-up questions for the facilitator, e.g. “Can you give an example?”</source>
        <translation>Följdfrågor för samtalsledaren, t.ex. ”Kan du ge ett exempel?”</translation>
    </message>
    <message>
        <source>Link question to mandates</source>
        <translation>Koppla frågan till politiska uppdrag</translation>
    </message>
    <message>
        <source>The project has no political mandates yet. Add them under Political mandates, then link them to the questions here.</source>
        <translation>Projektet har inga politiska uppdrag än. Lägg till dem under Politiska uppdrag och koppla dem sedan till frågorna här.</translation>
    </message>
    <message>
        <source>Linked mandates</source>
        <translation>Kopplade politiska uppdrag</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>Foll&amp;ow-up prompts:</source>
        <translation>Föl&amp;jdfrågor:</translation>
    </message>
    <message>
        <source>Linked &amp;mandates:</source>
        <translation>Politiska &amp;uppdrag:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Frågans text</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Utgå från mall</translation>
    </message>
    <message>
        <source>The question guide already has questions. Add the %1 questions of the template after them?</source>
        <translation>Samtalsguiden har redan frågor. Vill du lägga till mallens %1 frågor efter dem?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Lägg till efter</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Follow-up prompts</source>
        <translation>Följdfrågor</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Lägg till fråga</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Ta bort fråga</translation>
    </message>
    <message>
        <source>Question guide</source>
        <translation>Samtalsguide</translation>
    </message>
    <message>
        <source>The central questions of the dialogues, from the template. Untick the ones you do not need; double-click a text to change it.</source>
        <translation>Dialogernas centrala frågor, hämtade från mallen. Kryssa ur de frågor du inte behöver och dubbelklicka på en text för att ändra den.</translation>
    </message>
    <message>
        <source>A ticked question has no text. Write the question, or untick it.</source>
        <translation>En förkryssad fråga saknar text. Skriv frågan, eller kryssa ur den.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote in the report</source>
        <extracomment>at most this many characters of a passage in the preview and the passage list</extracomment>
        <translation>Citera i rapporten</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <extracomment>the passages: (tagging id or None for the whole entry, start, end)</extracomment>
        <translation>Hela inlägget</translation>
    </message>
    <message>
        <source>Tagged “%1” (%2)</source>
        <translation>Markerat ”%1” (%2)</translation>
    </message>
    <message>
        <source>Quote for</source>
        <translation>Citera för</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Politiskt uppdrag</translation>
    </message>
    <message>
        <source>&amp;Passage:</source>
        <translation>&amp;Stycke:</translation>
    </message>
    <message>
        <source>&amp;Quote it in the report for (Space checks, the report prints these quotes first):</source>
        <translation>&amp;Citera det i rapporten för (mellanslag bockar i; rapporten skriver de här citaten först):</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>Quote in the report</source>
        <translation>Citera i rapporten</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <source>The passages you chose with “Quote in the report” (in the evidence, the assessment and a session&apos;s entries). The report prints them first, in this order, then adds its own choice up to three per mandate, theme and strength (two per improvement area).</source>
        <translation>De stycken du valt med ”Citera i rapporten” (i analysen, bedömningen och ett dialogtillfälles inlägg). Rapporten skriver dem först, i den här ordningen, och fyller sedan på med egna val upp till tre per uppdrag, tema och styrka (två per förbättringsområde).</translation>
    </message>
    <message>
        <source>Chosen quotes</source>
        <translation>Valda citat</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Print this quote before the previous one (Alt+Up)</source>
        <translation>Skriv citatet före det förra (Alt+Upp)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Print this quote after the next one (Alt+Down)</source>
        <translation>Skriv citatet efter nästa (Alt+Ned)</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Ta bort som citat</translation>
    </message>
    <message>
        <source>The report no longer quotes this passage first (Delete)</source>
        <translation>Rapporten citerar inte längre stycket först (Delete)</translation>
    </message>
    <message>
        <source>&amp;Go to entry</source>
        <translation>&amp;Gå till inlägget</translation>
    </message>
    <message>
        <source>No quotes chosen yet. Select a passage in Analysis, Assessment or a session&apos;s entries and choose “Quote in the report…”.</source>
        <translation>Inga citat är valda ännu. Markera ett stycke i Analys, Bedömning eller ett dialogtillfälles inlägg och välj ”Citera i rapporten…”.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Politiskt uppdrag</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Flytta citat</translation>
    </message>
    <message>
        <source>Unmark quote</source>
        <translation>Ta bort citat</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>HME indices, 0–100</source>
        <translation>HME-index, 0–100</translation>
    </message>
    <message>
        <source>Rating items</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Sustainable employee engagement (HME), index 0–100</source>
        <translation>Hållbart medarbetarengagemang (HME), index 0–100</translation>
    </message>
    <message>
        <source>Rating items (1–5)</source>
        <translation>Skattningar (1–5)</translation>
    </message>
    <message>
        <source>Written answers from employees: “%1” (%2), %3 answers from %4 respondents.</source>
        <translation>Skriftliga svar från medarbetare: ”%1” (%2), %3 svar från %4 svarande.</translation>
    </message>
    <message>
        <source>No written answers are imported yet (Project &gt; Import answers…).</source>
        <translation>Inga skriftliga svar är importerade ännu (Projekt &gt; Importera svar…).</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Alla svarande</translation>
    </message>
    <message>
        <source>Mean then</source>
        <translation>Medelvärde då</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Answers 1 · 2 · 3 · 4 · 5</source>
        <translation>Svar 1 · 2 · 3 · 4 · 5</translation>
    </message>
    <message>
        <source>HME</source>
        <translation>HME</translation>
    </message>
    <message>
        <source>HME then</source>
        <translation>HME då</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Ledarskap</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items)</source>
        <translation>%1 (%2 av %3 frågor)</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>What remains before the report is final</source>
        <translation>Vad återstår innan rapporten fastställs</translation>
    </message>
    <message>
        <source>Enter or double-click goes to where this is done</source>
        <translation>Enter eller dubbelklick går dit det görs</translation>
    </message>
    <message>
        <source>Nothing remains: the report can be made final.</source>
        <translation>Inget återstår: rapporten kan fastställas.</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <source>Receive a copy sent back</source>
        <translation>Ta emot en tillbakaskickad kopia</translation>
    </message>
    <message>
        <source>Project archives and files (*.samverkan *.json);;All files (*)</source>
        <translation>Projektarkiv och projektfiler (*.samverkan *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open the project to receive into first.</source>
        <translation>Öppna först projektet som kopian ska tas emot i.</translation>
    </message>
    <message>
        <source>Reading and comparing the file…</source>
        <translation>Läser och jämför filen…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ta emot</translation>
    </message>
    <message>
        <source>Everything in the file is already in the project; nothing was changed.</source>
        <translation>Allt i filen finns redan i projektet. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Meeting mode could not save everything yet, so nothing was received.</source>
        <translation>Mötesläget kunde inte spara allt ännu, så ingenting har tagits emot.</translation>
    </message>
    <message>
        <source>Received from %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Mottaget från %1: %2 tillagda, %3 ändrade, %4 borttagna.</translation>
    </message>
    <message>
        <source>To undo, restore the backup made before the merge (File &gt; Restore from backup).</source>
        <translation>Vill du ångra återställer du säkerhetskopian som gjordes före sammanfogningen (Arkiv &gt; Återställ från säkerhetskopia).</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Tar emot…</translation>
    </message>
</context>
<context>
    <name>ReopenMinutes</name>
    <message>
        <source>Reopen the minutes</source>
        <translation>Öppna protokollet igen</translation>
    </message>
    <message>
        <source>The minutes are adjusted. Reopen them for changes? The reopening is recorded, and they must be adjusted again.</source>
        <translation>Protokollet är justerat. Vill du öppna det igen för ändringar? Att det öppnas igen registreras, och protokollet måste justeras på nytt.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preview</source>
        <extracomment>preview windows without a parent window; a window leaves this set when it is closed</extracomment>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Dialogue report – %1</source>
        <translation>Dialograpport – %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <source>Minutes – %1</source>
        <translation>Protokoll – %1</translation>
    </message>
    <message>
        <source>Building the minutes…</source>
        <translation>Protokollet skapas…</translation>
    </message>
    <message>
        <source>Notice – %1</source>
        <translation>Kallelse – %1</translation>
    </message>
    <message>
        <source>Building the notice…</source>
        <translation>Skapar kallelsen…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Rapportinställningar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>The minutes as an appendix</source>
        <translation>Protokollen som bilaga</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <source>By default the report names no one: statements are attributed to parties only, and appendices list attendance by party and role. Turn names on only when the report may name people.</source>
        <translation>Som standard nämns ingen vid namn i rapporten: uttalanden tillskrivs bara parter, och bilagorna redovisar närvaro per part och roll. Slå bara på namn om rapporten får innehålla personnamn.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Fastställd</translation>
    </message>
    <message>
        <source>A draft has “Utkast” across every page.</source>
        <translation>Ett utkast får texten ”Utkast” över varje sida.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Logo on the title page</source>
        <translation>Logotyp på titelsidan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Background and commission</source>
        <translation>Bakgrund och uppdrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Results per central question</source>
        <translation>Resultat per central fråga</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Det som fungerar</translation>
    </message>
    <message>
        <source>Assessment per political mandate</source>
        <translation>Bedömning per politiskt uppdrag</translation>
    </message>
    <message>
        <source>Development since the previous round</source>
        <translation>Utveckling sedan föregående uppföljning</translation>
    </message>
    <message>
        <source>Improvement areas</source>
        <translation>Förbättringsområden</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Slutsatser och förslag</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Välj minst ett avsnitt till rapporten.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <source>“Save as Word…” uses the municipality&apos;s template (.docx or .dotx): its styles, page setup, headers and footers; the report replaces its text.</source>
        <translation>”Spara som Word…” använder kommunens mall (.docx eller .dotx): dess formatmallar, sidinställningar, sidhuvuden och sidfötter; rapporten ersätter mallens text.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Välj Word-mall</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och Word-mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>None: the app&apos;s own look</source>
        <translation>Ingen: programmets eget utseende</translation>
    </message>
</context>
<context>
    <name>ReportPlace</name>
    <message>
        <source>The report</source>
        <extracomment>go where a missing thing is fixed (a ``readiness.Place``)</extracomment>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Write the report&apos;s own texts, choose the quotes that carry each mandate, decide about names in the entries, and see what remains. Project &gt; Dialogue report… builds it. Everything is saved as you type.</source>
        <translation>Skriv rapportens egna texter, välj citaten som bär varje uppdrag, bestäm om namn i inläggen och se vad som återstår. Projekt &gt; Dialograpport… bygger den. Allt sparas medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Texter</translation>
    </message>
    <message>
        <source>Chosen &amp;quotes</source>
        <translation>Valda &amp;citat</translation>
    </message>
    <message>
        <source>&amp;Names in the entries</source>
        <translation>&amp;Namn i inläggen</translation>
    </message>
    <message>
        <source>What &amp;remains</source>
        <translation>Vad &amp;återstår</translation>
    </message>
</context>
<context>
    <name>ReportTextsEditor</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>&amp;Conclusions and proposals</source>
        <translation>S&amp;lutsatser och förslag</translation>
    </message>
    <message>
        <source>What the reader should learn first: the assessment of each mandate and the most important proposals.</source>
        <translation>Det läsaren ska få veta först: bedömningen av varje uppdrag och de viktigaste förslagen.</translation>
    </message>
    <message>
        <source>How the material was gathered. Left empty, the report prints a paragraph made from the sessions, the parties and the question guide.</source>
        <translation>Hur underlaget togs fram. Lämnas den tom skriver rapporten ett stycke utifrån dialogtillfällena, parterna och samtalsguiden.</translation>
    </message>
    <message>
        <source>What the collaboration group proposes, and who should act.</source>
        <translation>Vad samverkansgruppen föreslår, och vem som ska göra något.</translation>
    </message>
    <message>
        <source>Draft from the material</source>
        <translation>Utkast från underlaget</translation>
    </message>
    <message>
        <source>Insert a draft built from the project&apos;s data, to edit. Text you have written is never replaced without asking.</source>
        <translation>Infoga ett utkast byggt på projektets uppgifter, att redigera. Text du har skrivit ersätts aldrig utan att du tillfrågas.</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. Lines that start with “- ” become a bulleted list, lines that start with “1. ” a numbered list. Nothing else is formatting: the text prints as you type it.</source>
        <translation>En tom rad börjar ett nytt stycke. Rader som börjar med ”- ” blir en punktlista, rader som börjar med ”1. ” en numrerad lista. Inget annat formaterar: texten skrivs ut som du skriver den.</translation>
    </message>
    <message>
        <source>The text already has content. Replace it with the draft, or add the draft after it? (Ctrl+Z undoes either.)</source>
        <translation>Texten har redan innehåll. Ersätta den med utkastet, eller lägga till utkastet efter den? (Ctrl+Z ångrar båda.)</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Ersätt texten</translation>
    </message>
    <message>
        <source>Add after it</source>
        <translation>Lägg till efter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ResponsesImportDialog</name>
    <message>
        <source>Import answers – %1</source>
        <extracomment>answers shown per column</extracomment>
        <translation>Importera svar – %1</translation>
    </message>
    <message>
        <source>What happens to the respondents&apos; identity</source>
        <translation>Vad som händer med de svarandes identitet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Choose what each column of the file is. A column headed by a question of the question guide answers that question; whole numbers 1–5 are a rating item; a column with few different answers, such as the administration, can group the answers.</source>
        <translation>Välj vad varje kolumn i filen är. En kolumn med en fråga ur samtalsguiden som rubrik besvarar den frågan; heltal 1–5 är en skattning; en kolumn med få olika svar, till exempel förvaltning, kan gruppera svaren.</translation>
    </message>
    <message>
        <source>The file&apos;s columns and what to do with them</source>
        <translation>Filens kolumner och vad som ska göras med dem</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Till exempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>per row, the choice behind each item of its combo box</extracomment>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>The respondents&apos; identity is removed before anything is imported: the columns %1 were left out when the file was read and are never stored – not in the library, the log, the backups or the search index. Each answer is attributed to its group, never to a person.</source>
        <translation>De svarandes identitet tas bort innan något importeras: kolumnerna %1 lämnades utanför när filen lästes och sparas aldrig – inte i biblioteket, loggen, säkerhetskopiorna eller sökindexet. Varje svar tillskrivs sin grupp, aldrig en person.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>The file has no columns that identify the respondents (such as name or e-mail). Each answer is attributed to its group, never to a person; names written inside the answers are kept as written.</source>
        <translation>Filen har inga kolumner som pekar ut de svarande (som namn eller e-post). Varje svar tillskrivs sin grupp, aldrig en person; namn som någon har skrivit i sina svar står kvar som de skrevs.</translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <translation>Importera ”%1” som</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Lämna utanför</translation>
    </message>
    <message>
        <source>Answers to: %1</source>
        <translation>Svar på: %1</translation>
    </message>
    <message>
        <source>A new question of the guide</source>
        <translation>En ny fråga i samtalsguiden</translation>
    </message>
    <message>
        <source>Rating item (1–5)</source>
        <translation>Skattning (1–5)</translation>
    </message>
    <message>
        <source>The group of each answer</source>
        <translation>Svarets grupp</translation>
    </message>
    <message>
        <source>Choose at least one column that answers a question or is a rating item.</source>
        <translation>Välj minst en kolumn som besvarar en fråga eller är en skattning.</translation>
    </message>
    <message>
        <source>The answers are grouped by “%1”.</source>
        <translation>Svaren grupperas efter ”%1”.</translation>
    </message>
    <message>
        <source>Every answer is attributed to “Medarbetare”.</source>
        <translation>Alla svar tillskrivs ”Medarbetare”.</translation>
    </message>
    <message>
        <source>%1 from %2 and %3 will be imported.</source>
        <translation>%1 från %2 och %3 importeras.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>dddd d MMMM yyyy, HH:mm:ss</source>
        <translation>dddd d MMMM yyyy &apos;kl.&apos; HH:mm:ss</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>går inte att läsa</translation>
    </message>
    <message>
        <source>%1 projects, %2 sessions, %3 entries</source>
        <translation>%1 projekt, %2 dialogtillfällen, %3 anteckningar</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What the library holds now is backed up first, so you can undo the restore by restoring that backup (made “before restore”).</source>
        <translation>Välj den säkerhetskopia du vill gå tillbaka till. Det som finns i biblioteket nu sparas först som en säkerhetskopia, så att du kan ångra återställningen genom att återställa den (gjord ”före återställning”).</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>There are no backups yet. One is made at every start and close.</source>
        <translation>Det finns inga säkerhetskopior än. En görs varje gång appen startar och avslutas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Replace everything in the library with the backup from %1? What the library holds now is backed up first, so you can undo this.</source>
        <translation>Vill du ersätta allt i biblioteket med säkerhetskopian från %1? Det som finns i biblioteket nu sparas först, så att du kan ångra det här.</translation>
    </message>
    <message>
        <source>Meeting mode could not save everything yet, so nothing was restored.</source>
        <translation>Mötesläget kunde inte spara allt ännu, så ingenting har återställts.</translation>
    </message>
    <message>
        <source>Restored the backup from %1. To undo, restore the backup made before the restore (%2).</source>
        <translation>Säkerhetskopian från %1 är återställd. Vill du ångra det återställer du säkerhetskopian som gjordes före återställningen (%2).</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Final and older than %1 months: time to archive and purge personal data</source>
        <translation>Fastställt och äldre än %1 månader: dags att arkivera och gallra personuppgifter</translation>
    </message>
    <message>
        <source>The project “%1” is final and its latest date is %2. Export it as an archive (File, Export project file…), then erase the personal data of its people or delete the project from the library. The time is set in Settings.</source>
        <translation>Projektet ”%1” är fastställt och dess senaste datum är %2. Exportera det som arkiv (Arkiv, Exportera projektfil…) och radera sedan personuppgifterna för dess personer, eller ta bort projektet ur biblioteket. Tiden ställer du in under Inställningar.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Entries</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Inläggets text</translation>
    </message>
    <message>
        <source>Te&amp;xt (select words, then Ctrl+T tags them; without a selection Ctrl+T tags the whole entry)</source>
        <translation>Te&amp;xt (markera ord och tryck Ctrl+T för att koda dem; utan markering kodar Ctrl+T hela inlägget)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>K&amp;oda…</translation>
    </message>
    <message>
        <source>Tag the selected words or the whole entry (Ctrl+T)</source>
        <translation>Koda de markerade orden eller hela inlägget (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Remove tagging</source>
        <translation>&amp;Ta bort kodning</translation>
    </message>
    <message>
        <source>Remove the selected tagging (Delete)</source>
        <translation>Ta bort den markerade kodningen (Delete)</translation>
    </message>
    <message>
        <source>Taggings of the entry</source>
        <translation>Inläggets kodningar</translation>
    </message>
    <message>
        <source>Tagg&amp;ings of the entry</source>
        <translation>Inläggets ko&amp;dningar</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Memo on the tagging</source>
        <translation>Ko&amp;mmentar till kodningen</translation>
    </message>
    <message>
        <source>The session has no entries yet.</source>
        <translation>Dialogtillfället har inga inlägg än.</translation>
    </message>
    <message>
        <source>%1 – the whole entry</source>
        <translation>%1 – hela inlägget</translation>
    </message>
    <message>
        <source>Tag with…</source>
        <translation>Koda med…</translation>
    </message>
    <message>
        <source>Remove tagging</source>
        <translation>Ta bort kodning</translation>
    </message>
    <message>
        <source>&amp;Quote in the report…</source>
        <translation>&amp;Citera i rapporten…</translation>
    </message>
    <message>
        <source>Choose the entry, or the selected tagging&apos;s words, as a quote the report prints first (also in adjusted minutes)</source>
        <translation>Välj inlägget, eller den markerade kodningens ord, som citat som rapporten skriver först (även i justerade protokoll)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Everything is saved</source>
        <translation>Allt är sparat</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat ännu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search in the project:</source>
        <translation>&amp;Sök i projektet:</translation>
    </message>
    <message>
        <source>Words, the beginning of words, or &quot;an exact phrase&quot;</source>
        <translation>Ord, början av ord eller &quot;en exakt fras&quot;</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Minute note</source>
        <translation>Protokollsanteckning</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Politiskt uppdrag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Välj ett projekt först.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s), best first</source>
        <translation>
            <numerusform>%n träff, bästa först</numerusform>
            <numerusform>%n träffar, bästa först</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>The report&apos;s texts</source>
        <translation>Rapportens texter</translation>
    </message>
</context>
<context>
    <name>SendOut</name>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>Project archive (*.samverkan)</source>
        <translation>Projektarkiv (*.samverkan)</translation>
    </message>
    <message>
        <source>%1 sessions were written to %2. Send the file to %3 (e-mail, USB stick or a shared folder); the copy that comes back is taken in with File &gt; Receive….</source>
        <translation>%1 dialogtillfällen har sparats i %2. Skicka filen till %3 (e-post, USB-minne eller en delad mapp). Kopian som kommer tillbaka tar du emot med Arkiv &gt; Ta emot….</translation>
    </message>
    <message>
        <source>Writing the file to send out…</source>
        <translation>Skriver filen som ska skickas ut…</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Skicka tillbaka</translation>
    </message>
    <message>
        <source>This project was not received from a send-out, so there is nothing to send back. To move the project, use File &gt; Export project file.</source>
        <translation>Projektet har inte tagits emot från ett utskick, så det finns inget att skicka tillbaka. Vill du flytta projektet använder du Arkiv &gt; Exportera projektfil.</translation>
    </message>
    <message>
        <source>Wrote %1; send it back to the one who sent the sessions out.</source>
        <translation>%1 är sparad. Skicka den tillbaka till den som skickade ut dialogtillfällena.</translation>
    </message>
    <message>
        <source>Writing the copy to send back…</source>
        <translation>Skriver kopian som ska skickas tillbaka…</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>Send out sessions</source>
        <translation>Skicka ut dialogtillfällen</translation>
    </message>
    <message>
        <source>Choose the sessions that another secretary will record. The file holds the project&apos;s frame (commission, political mandates, question guide, tags and parties), the sessions you choose and only their people: nobody else&apos;s name travels. The secretary imports it, records and sends a copy back, which you take in with “Receive…”.</source>
        <translation>Välj de dialogtillfällen som en annan sekreterare ska anteckna. Filen innehåller projektets ram (uppdrag, politiska uppdrag, samtalsguide, koder och parter), de tillfällen du väljer och bara deras personer – inga andra namn följer med. Sekreteraren importerar filen, antecknar och skickar tillbaka en kopia, som du tar emot med ”Ta emot…”.</translation>
    </message>
    <message>
        <source>Sessions to send out</source>
        <translation>Dialogtillfällen att skicka ut</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 entries · %4</source>
        <translation>%1 · %2 · %3 inlägg · %4</translation>
    </message>
    <message>
        <source>e.g. FSG Barn och utbildning – Karin Ek</source>
        <translation>t.ex. FSG Barn och utbildning – Karin Ek</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Skickas till:</translation>
    </message>
    <message>
        <source>Send out…</source>
        <translation>Skicka ut…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Dialogtillfällen:</translation>
    </message>
</context>
<context>
    <name>SessionDetailsTab</name>
    <message>
        <source>e.g. Central collaboration group, meeting 4/25</source>
        <translation>t.ex. Central samverkansgrupp, möte 4/25</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ru&amp;brik:</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Dialogtillfällets rubrik</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Mötestyp:</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Type the time, e.g. 1330; Delete with all selected clears it</source>
        <translation>Skriv tiden, t.ex. 1330. Markera allt och tryck Delete för att tömma fältet.</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>ti&amp;ll</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;id:</translation>
    </message>
    <message>
        <source>e.g. City hall, meeting room Eken</source>
        <translation>t.ex. Stadshuset, sammanträdesrum Eken</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. 4/25</source>
        <translation>t.ex. 4/25</translation>
    </message>
    <message>
        <source>&amp;Protocol number:</source>
        <translation>Pr&amp;otokollsnummer:</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protokollsnummer</translation>
    </message>
    <message>
        <source>“Adjusted” is set when the adjusters approve the minutes.</source>
        <translation>”Justerat” sätts när justerarna har godkänt protokollet.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Da&amp;gordning</translation>
    </message>
    <message>
        <source>&amp;Entries and tagging</source>
        <translation>Inlägg och &amp;kodning</translation>
    </message>
    <message>
        <source>The minutes are adjusted and locked. To correct something, reopen them: with the button here, or with Ctrl+J in meeting mode (F5). Reopened minutes must be adjusted again.</source>
        <translation>Protokollet är justerat och låst. Behöver något rättas öppnar du det igen, med knappen här eller med Ctrl+J i mötesläget (F5). Ett protokoll som har öppnats igen måste justeras på nytt.</translation>
    </message>
    <message>
        <source>&amp;Reopen the minutes…</source>
        <translation>&amp;Öppna protokollet igen…</translation>
    </message>
    <message>
        <source>Unlock the minutes for changes; the reopening is recorded</source>
        <translation>Lås upp protokollet för ändringar; att det öppnas igen registreras</translation>
    </message>
    <message>
        <source>Written answers from employees, imported from a survey. Each answer is attributed to its group, never to a person; tag them as any entry. They are no meeting: no meeting mode, no minutes.</source>
        <translation>Skriftliga svar från medarbetare, importerade från en enkät. Varje svar tillskrivs sin grupp, aldrig en person; koda dem som vilket inlägg som helst. De är inget möte: inget mötesläge, inget protokoll.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>CSG (central group)</source>
        <translation>CSG (central samverkansgrupp)</translation>
    </message>
    <message>
        <source>FSG (department group)</source>
        <translation>FSG (förvaltningens samverkansgrupp)</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgrupp</translation>
    </message>
    <message>
        <source>APT (workplace meeting)</source>
        <translation>APT (arbetsplatsträff)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Written answers (survey)</source>
        <translation>Skriftliga svar (enkät)</translation>
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
        <translation>Skriftliga svar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <source>Draft (work in progress)</source>
        <translation>Utkast (arbete pågår)</translation>
    </message>
    <message>
        <source>Final (report delivered)</source>
        <translation>Fastställt (rapporten är överlämnad)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Adjuster</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Information (MBL §19)</source>
        <translation>Information (MBL § 19)</translation>
    </message>
    <message>
        <source>Consultation before decision</source>
        <translation>Samverkan före beslut</translation>
    </message>
    <message>
        <source>Negotiation (MBL §11)</source>
        <translation>Förhandling (MBL § 11)</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Formalities</source>
        <translation>Formalia</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Inget utfall</translation>
    </message>
    <message>
        <source>Concluded in agreement</source>
        <translation>Avslutad i enighet</translation>
    </message>
    <message>
        <source>Concluded in disagreement</source>
        <translation>Avslutad i oenighet</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Antecknat av</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessions</source>
        <extracomment>kinds whose changes alter what the table shows the user wants to open this session (its id) the user planned this new session: open it with its title ready to type over</extracomment>
        <translation>Dialogtillfällen</translation>
    </message>
    <message>
        <source>The meetings, focus groups and workplace dialogues of the project, in date order. Open a session to plan its attendance and agenda.</source>
        <translation>Projektets möten, fokusgrupper och dialoger på arbetsplatserna, i datumordning. Öppna ett dialogtillfälle för att planera närvaro och dagordning.</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one with “New session”.</source>
        <translation>Inga dialogtillfällen än. Planera det första med ”Nytt dialogtillfälle”.</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nytt dialogtillfälle</translation>
    </message>
    <message>
        <source>Plan a new session and open it (Ctrl+N)</source>
        <translation>Planera ett nytt dialogtillfälle och öppna det (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected session (Enter)</source>
        <translation>Öppna det markerade dialogtillfället (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected session (Ctrl+Delete)</source>
        <translation>Ta bort det markerade dialogtillfället (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt dialogtillfälle</translation>
    </message>
    <message>
        <source>Delete the session “%1” of %2?</source>
        <translation>Ta bort dialogtillfället ”%1” den %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded entry(s) are deleted with it.</source>
        <translation>
            <numerusform>%n registrerat inlägg tas också bort.</numerusform>
            <numerusform>%n registrerade inlägg tas också bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort dialogtillfälle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Samverkan Desktop.</source>
        <translation>Det nya språket används nästa gång du startar Samverkan Desktop.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>A final project whose latest date is older than this shows a reminder to archive it and purge its personal data</source>
        <translation>Ett fastställt projekt vars senaste datum är äldre än så visar en påminnelse om att arkivera det och gallra personuppgifterna</translation>
    </message>
    <message>
        <source>&amp;Retention reminder after:</source>
        <translation>&amp;Gallringspåminnelse efter:</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <source>Not everything is saved</source>
        <translation>Allt är inte sparat</translation>
    </message>
    <message>
        <source>Windows is logging off or shutting down, but some of what you typed cannot be saved right now (see the red bar). If you go on, it is lost. Log off anyway?</source>
        <translation>Windows loggar ut eller stängs av, men en del av det du har skrivit går inte att spara just nu (se det röda fältet). Om du fortsätter går det förlorat. Vill du logga ut ändå?</translation>
    </message>
    <message>
        <source>Log off anyway</source>
        <translation>Logga ut ändå</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>A copy of it, exactly as it is, has been saved as %1.</source>
        <translation>En exakt kopia av det har sparats som %1.</translation>
    </message>
    <message>
        <source>It could not be copied aside (%1), so it is left exactly as it is.</source>
        <translation>Det gick inte att göra en kopia av det (%1), så det lämnas precis som det är.</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>Biblioteket är skadat</translation>
    </message>
    <message>
        <source>The library in %1 did not pass its integrity check. It is not opened, so that nothing more is written to it.</source>
        <translation>Biblioteket i %1 klarade inte kontrollen av att det är helt. Det öppnas inte, så att ingenting mer skrivs i det.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restore it? What was written after that time is not in the backup.</source>
        <translation>Den senaste fungerande säkerhetskopian är från %1 (%2). Vill du återställa den? Det som skrevs efter den tidpunkten finns inte med i säkerhetskopian.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>There is no good backup to restore. You can start with an empty library (the damaged one stays in its copy) or quit and ask for help with the copy.</source>
        <translation>Det finns ingen fungerande säkerhetskopia att återställa. Du kan börja med ett tomt bibliotek (det skadade finns kvar i kopian) eller avsluta och be om hjälp med kopian.</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Börja med ett tomt bibliotek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <source>Import answers</source>
        <translation>Importera svar</translation>
    </message>
    <message>
        <source>Survey answers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Enkätsvar (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importerar svaren…</translation>
    </message>
    <message>
        <source>Imported %1 from %2 and %3.</source>
        <translation>Importerade %1 från %2 och %3.</translation>
    </message>
</context>
<context>
    <name>SurveyLabels</name>
    <message>
        <source>Done</source>
        <extracomment>the colours of the follow-up statuses (green, amber, red, grey), as the ratings&apos; dots</extracomment>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Inte längre aktuellt</translation>
    </message>
    <message>
        <source>Not yet followed up</source>
        <translation>Inte uppföljt ännu</translation>
    </message>
    <message>
        <source>Strengthened further</source>
        <translation>Stärkts mer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Weakened</source>
        <translation>Försämrats</translation>
    </message>
    <message>
        <source>Cannot be compared</source>
        <translation>Kan inte jämföras</translation>
    </message>
    <message>
        <source>Written answer · %1</source>
        <translation>Skriftligt svar · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation>
            <numerusform>%n skriftligt svar</numerusform>
            <numerusform>%n skriftliga svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n svarande</numerusform>
            <numerusform>%n svarande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating item(s)</source>
        <translation>
            <numerusform>%n skattning</numerusform>
            <numerusform>%n skattningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Choose co&amp;lour…</source>
        <extracomment>the user chose a new place: (tag id, parent id or -1 for the top level)</extracomment>
        <translation>Välj &amp;färg…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Färg:</translation>
    </message>
    <message>
        <source>&amp;Move under:</source>
        <translation>&amp;Ligger under:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Används:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eskrivning:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Mandates of the improvement area</source>
        <translation>Förbättringsområdets politiska uppdrag</translation>
    </message>
    <message>
        <source>The project has no political mandates yet.</source>
        <translation>Projektet har inga politiska uppdrag än.</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>Försla&amp;g:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioritet:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <source>M&amp;andates:</source>
        <translation>P&amp;olitiska uppdrag:</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Kodens namn</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Kodens beskrivning</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Färg %1</translation>
    </message>
    <message>
        <source>Taggings: %1, in %2 entries</source>
        <translation>Kodningar: %1, i %2 inlägg</translation>
    </message>
    <message>
        <source>(%1 taggings with its sub-tags)</source>
        <translation>(%1 kodningar med underkoderna)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Kodens färg</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Themes and improvement areas</source>
        <translation>Teman och förbättringsområden</translation>
    </message>
    <message>
        <source>The tags the minutes are coded with. Drag a tag onto another to nest it; F2 renames, Alt+Left and Alt+Right move a tag out of or into the one above.</source>
        <translation>Koderna som protokollen kodas med. Dra en kod till en annan för att lägga den under; F2 byter namn, Alt+Vänsterpil och Alt+Högerpil flyttar en kod ut ur eller in i koden ovanför.</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Teman</translation>
    </message>
    <message>
        <source>W&amp;hat works</source>
        <translation>&amp;Det som fungerar</translation>
    </message>
    <message>
        <source>&amp;Improvement areas</source>
        <translation>För&amp;bättringsområden</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ny &amp;kod</translation>
    </message>
    <message>
        <source>New &amp;sub-tag</source>
        <translation>Ny &amp;underkod</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Slå ihop &amp;med…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>New tag beside the selected one (Ctrl+N)</source>
        <translation>Ny kod bredvid den markerade (Ctrl+N)</translation>
    </message>
    <message>
        <source>New tag under the selected one (Ctrl+Shift+N)</source>
        <translation>Ny kod under den markerade (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Move every tagging of this tag to another one and remove it</source>
        <translation>Flytta alla kodningar med den här koden till en annan kod och ta bort den</translation>
    </message>
    <message>
        <source>Delete (Ctrl+Delete)</source>
        <translation>Ta bort (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>New strength</source>
        <translation>Ny styrka</translation>
    </message>
    <message>
        <source>New improvement area</source>
        <translation>Nytt förbättringsområde</translation>
    </message>
    <message>
        <source>New sub-tag</source>
        <translation>Ny underkod</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Kodens namn</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Flytta kod</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? %3 taggings move to “%2”, and “%1” is removed.</source>
        <translation>Slå ihop ”%1” med ”%2”? %3 kodningar flyttas till ”%2” och ”%1” tas bort.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Slå ihop koder</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Delete “%1”? It carries %2 taggings in %3 entries; they are removed with it.</source>
        <translation>Ta bort ”%1”? Koden har %2 kodningar i %3 inlägg; de tas bort tillsammans med den.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not used in any tagging.</source>
        <translation>Ta bort ”%1”? Koden används inte i någon kodning.</translation>
    </message>
    <message>
        <source>Its sub-tags move up one level.</source>
        <translation>Underkoderna flyttas upp en nivå.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Ta bort kod</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag with…</source>
        <translation>Koda med…</translation>
    </message>
    <message>
        <source>Type to filter the tags</source>
        <translation>Skriv för att filtrera koderna</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrera koder</translation>
    </message>
    <message>
        <source>Recently used tags</source>
        <translation>Senast använda koder</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Recently used (keys 1–9 apply at once):</source>
        <translation>Senast använda (tangenterna 1–9 kodar direkt):</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter applies, Esc cancels.</source>
        <translation>Uppil och Nedpil väljer, Enter kodar, Esc avbryter.</translation>
    </message>
    <message>
        <source>Type the name of a new theme</source>
        <translation>Skriv namnet på ett nytt tema</translation>
    </message>
    <message>
        <source>The project has no tags yet. Type a name and press Enter to create a theme; strengths and improvement areas are made under Themes and improvement areas.</source>
        <translation>Projektet har inga koder än. Skriv ett namn och tryck Enter för att skapa ett tema. Det som fungerar och förbättringsområden skapas under Teman och förbättringsområden.</translation>
    </message>
    <message>
        <source>Create theme “%1”</source>
        <translation>Skapa tema ”%1”</translation>
    </message>
    <message>
        <source>A new theme with this name, put on the entry at once (Ctrl+Z undoes both)</source>
        <translation>Ett nytt tema med det här namnet, som inlägget kodas med direkt (Ctrl+Z ångrar båda)</translation>
    </message>
</context>
<context>
    <name>TagTree</name>
    <message>
        <source>Name</source>
        <extracomment>the user typed a new name in the view: (tag id, name) the user dropped a tag: (tag id, new parent id or -1, index among the new siblings or -1)</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>%1 taggings in %2 entries</source>
        <translation>%1 kodningar i %2 inlägg</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Det som fungerar</translation>
    </message>
    <message>
        <source>Improvement area</source>
        <translation>Förbättringsområde</translation>
    </message>
    <message>
        <source>Tag the passage “%1”</source>
        <translation>Koda textavsnittet ”%1”</translation>
    </message>
    <message>
        <source>Tag the whole entry “%1”</source>
        <translation>Koda hela inlägget ”%1”</translation>
    </message>
    <message>
        <source>Tag entry</source>
        <translation>Koda inlägg</translation>
    </message>
    <message>
        <source>Tag with the new theme “%1”</source>
        <translation>Koda med det nya temat ”%1”</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide – Samverkan Desktop</source>
        <extracomment>the guide&apos;s chapter (its heading, without the number) for each screen of the main window the chapter of the start page (no project open) and of a screen the guide has no chapter for screenshots are shown at most this wide (they are taken at 1366 pixels)</extracomment>
        <translation>Användarguide – Samverkan Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F), Enter finds the next</source>
        <translation>Sök i guiden (Ctrl+F), Enter hittar nästa</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the app.</source>
        <translation>Användarguiden är inte installerad med det här exemplaret av programmet.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of the guide are missing.</source>
        <translation>
            <numerusform>%n bild i guiden saknas.</numerusform>
            <numerusform>%n bilder i guiden saknas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Samverkan Desktop</source>
        <extracomment>the uid of the project to open</extracomment>
        <translation>Välkommen till Samverkan Desktop</translation>
    </message>
    <message>
        <source>Take the minutes of the central collaboration group, follow up the political mandates and write the dialogue report – everything stays on this computer.</source>
        <translation>Skriv protokollet för den centrala samverkansgruppen, följ upp de politiska uppdragen och ta fram dialograpporten – allt stannar på den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Create new project…</source>
        <translation>Skapa &amp;nytt projekt…</translation>
    </message>
    <message>
        <source>A few short steps: details, mandates, question guide and parties</source>
        <translation>Några korta steg: uppgifter, uppdrag, samtalsguide och parter</translation>
    </message>
    <message>
        <source>Open the &amp;example project</source>
        <translation>Öppna &amp;exempelprojektet</translation>
    </message>
    <message>
        <source>Ekdala kommun, a made-up municipality: look around and try things out</source>
        <translation>Ekdala kommun, en påhittad kommun: titta runt och prova dig fram</translation>
    </message>
    <message>
        <source>&amp;Your projects</source>
        <translation>&amp;Dina projekt</translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation>Dina projekt</translation>
    </message>
    <message>
        <source>No projects yet. Start with the example project, or create your own.</source>
        <translation>Inga projekt än. Börja med exempelprojektet eller skapa ett eget.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>ändrat %1</translation>
    </message>
</context>
</TS>
