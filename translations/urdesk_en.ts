<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>urdesk::CaseFacts</name>
    <message numerus="yes">
        <source>%n day(s) written, %1 to %2 dated</source>
        <translation>
            <numerusform>%n day written, %1 to %2 dated</numerusform>
            <numerusform>%n days written, %1 to %2 dated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::CaseQueueView</name>
    <message numerus="yes">
        <source>%n cases found, in every status</source>
        <translation>
            <numerusform>%n case found, in every status</numerusform>
            <numerusform>%n cases found, in every status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cases are assigned to someone else: %1. Assign them to you instead?</source>
        <translation>
            <numerusform>%n of the selected cases is assigned to someone else: %1. Assign it to you instead?</numerusform>
            <numerusform>%n of the selected cases are assigned to someone else: %1. Assign them to you instead?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::CaseStore</name>
    <message numerus="yes">
        <source>the information is due back after today and within %n day(s)</source>
        <translation>
            <numerusform>the information is due back after today and within %n day</numerusform>
            <numerusform>the information is due back after today and within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::CaseView</name>
    <message numerus="yes">
        <source>%1 for %n days</source>
        <translation>
            <numerusform>%1 for %n day</numerusform>
            <numerusform>%1 for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::Database</name>
    <message numerus="yes">
        <source>%1 is being changed by another program (%2), and it still was after %n second(s) of waiting; nothing was saved. Try again when it is done.</source>
        <translation>
            <numerusform>%1 is being changed by another program (%2), and it still was after %n second of waiting; nothing was saved. Try again when it is done.</numerusform>
            <numerusform>%1 is being changed by another program (%2), and it still was after %n seconds of waiting; nothing was saved. Try again when it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the database is damaged: %n table(s) missing (%2). Restore a backup; the file was left as it is.</source>
        <translation>
            <numerusform>%1: the database is damaged: %n table missing (%2). Restore a backup; the file was left as it is.</numerusform>
            <numerusform>%1: the database is damaged: %n tables missing (%2). Restore a backup; the file was left as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::Evaluator</name>
    <message numerus="yes">
        <source>%1 %2 to %3, %n day(s), %4</source>
        <translation>
            <numerusform>%1 %2 to %3, %n day, %4</numerusform>
            <numerusform>%1 %2 to %3, %n days, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s) to %3; %4 needs %5 or earlier</source>
        <translation>
            <numerusform>%1 %2, %n day to %3; %4 needs %5 or earlier</numerusform>
            <numerusform>%1 %2, %n days to %3; %4 needs %5 or earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pend for information: %n question(s) for the prescriber</source>
        <translation>
            <numerusform>Pend for information: %n question for the prescriber</numerusform>
            <numerusform>Pend for information: %n questions for the prescriber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n condition(s) not covered apply</source>
        <translation>
            <numerusform>Refer to a medical director: %n condition not covered applies</numerusform>
            <numerusform>Refer to a medical director: %n conditions not covered apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n criteria not met</source>
        <translation>
            <numerusform>Refer to a medical director: %n criterion not met</numerusform>
            <numerusform>Refer to a medical director: %n criteria not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n met</source>
        <translation>
            <numerusform>%n of %n met</numerusform>
            <numerusform>all %n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of %n met</source>
        <translation>
            <numerusform>0 of %n met</numerusform>
            <numerusform>none of %n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> while on %1 (%n not)</source>
        <translation>
            <numerusform> while on %1 (%n not)</numerusform>
            <numerusform> while on %1 (%n not)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3 (%4 courses), %n day(s) used, %5</source>
        <translation>
            <numerusform>%1 from %2 to %3 (%4 courses), %n day used, %5</numerusform>
            <numerusform>%1 from %2 to %3 (%4 courses), %n days used, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, %n day(s) to %3</source>
        <translation>
            <numerusform>%1 since %2, %n day to %3</numerusform>
            <numerusform>%1 since %2, %n days to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 used together from %3 to %4, %n day(s); %5, %6</source>
        <translation>
            <numerusform>%1 and %2 used together from %3 to %4, %n day; %5, %6</numerusform>
            <numerusform>%1 and %2 used together from %3 to %4, %n days; %5, %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) of it counted</source>
        <translation>
            <numerusform>%1; %n day of it counted</numerusform>
            <numerusform>%1; %n days of it counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) for the reviewer to classify</source>
        <translation>
            <numerusform>%n drug for the reviewer to classify</numerusform>
            <numerusform>%n drugs for the reviewer to classify</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::ExportPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s). Saving writes this PDF and records the export in the audit trail. It contains protected health information.</source>
        <translation>
            <numerusform>One page. Saving writes this PDF and records the export in the audit trail. It contains protected health information.</numerusform>
            <numerusform>%n pages. Saving writes this PDF and records the export in the audit trail. It contains protected health information.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::JsonReader</name>
    <message numerus="yes">
        <source>%1: ... and %n more error(s)</source>
        <translation>
            <numerusform>%1: ... and %n more error</numerusform>
            <numerusform>%1: ... and %n more errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::MainWindow</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)); the export is in the audit trail.</source>
        <translation>
            <numerusform>Saved %1 (%n page); the export is in the audit trail.</numerusform>
            <numerusform>Saved %1 (%n pages); the export is in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::ReviewRecord</name>
    <message numerus="yes">
        <source>%n audit row(s) for this case, from %1 to %2. Newest row %3, hash %4.</source>
        <translation>
            <numerusform>%n audit row for this case, from %1 to %2. Newest row %3, hash %4.</numerusform>
            <numerusform>%n audit rows for this case, from %1 to %2. Newest row %3, hash %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::cli</name>
    <message numerus="yes">
        <source>wrote %1 (%n page(s), SHA-256 %2)</source>
        <translation>
            <numerusform>wrote %1 (%n page, SHA-256 %2)</numerusform>
            <numerusform>wrote %1 (%n pages, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious case(s) added to %1</source>
        <translation>
            <numerusform>%n fictitious case added to %1</numerusform>
            <numerusform>%n fictitious cases added to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail intact: %n row(s)</source>
        <translation>
            <numerusform>audit trail intact: %n row</numerusform>
            <numerusform>audit trail intact: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1</source>
        <translation>
            <numerusform>%n document written to %1</numerusform>
            <numerusform>%n documents written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) have no letter yet</source>
        <translation>
            <numerusform>%n open case has no letter yet</numerusform>
            <numerusform>%n open cases have no letter yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) filed with their cases</source>
        <translation>
            <numerusform>%n letter filed with its case</numerusform>
            <numerusform>%n letters filed with their cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rows of cases, facts, decisions, notes, documents and accounts as the trail&apos;s actions left them: %n</source>
        <translation>
            <numerusform>rows of cases, facts, decisions, notes, documents and accounts as the trail&apos;s actions left them: %n</numerusform>
            <numerusform>rows of cases, facts, decisions, notes, documents and accounts as the trail&apos;s actions left them: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
