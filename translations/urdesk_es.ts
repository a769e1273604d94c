<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk cannot use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needs a written note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Also load the policy files in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demonstration database (default: %1) with demo accounts and fictitious cases; the README lists the passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a demonstration database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk: utilization review of drug prior authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language for this session: %1 (default: Preferences, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1: URDesk has no such language; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AccountEditor</name>
    <message>
        <source>Create the First Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no accounts yet.&lt;/b&gt;&lt;br&gt;Create the first administrator&apos;s personal account. The administrator creates everyone else&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rrivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RN, MD, DO, PharmD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review nurses and medical directors need a licence type and number: they appear on decisions and letters. Passwords have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AccountStore</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is 2 to 40 lower-case letters, digits, dots, hyphens or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account needs at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clinician&apos;s licence type and number are required: they appear on decisions and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an account with the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator changes accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role; another administrator can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has accounts already: an administrator creates new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account must be an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator creates accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong passwords: the account is locked until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 does not have the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot disable your own account; another administrator can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator resets passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AccountsDialog</name>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are personal. They are disabled, never deleted, so the audit trail keeps every name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock every URDesk window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 enabled again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 disabled? (for the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Give it to them in person; the account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AnswerText</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapies tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other drugs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AttachmentsPane</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no viewer could open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, added by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::AuditTrail</name>
    <message>
        <source>cannot record the audit trail&apos;s newest row in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before row %1 was written, the trail did not end where it was recorded to end: rows were removed, added or replaced outside URDesk, or the record %2 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protection of the audit trail (trigger %1) has been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is missing: the row after %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: rows were removed, reordered or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the newest row (%1) is missing, so removal of the newest rows cannot be ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest rows were deleted: the trail ends at row %1, but row %2 was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail does not end where it was recorded to end (row %1): rows were added or replaced outside URDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action needs a personal account and a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: an action left no audit row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Backup</name>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed SQLite&apos;s integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not backed up: the audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1; the database that was there is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially Appro&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pend for Information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to &amp;Medical Director…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override Criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation does not find the case approvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nurse refers the case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pend for Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for information to the prescriber (edit as needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a Medical Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria are not met: a note for the medical director is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the medical director (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the criterion in the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Evaluation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider it &amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider it &amp;not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note, kept with the case:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseExport</name>
    <message>
        <source>the letter templates are not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (the export was recorded, the file is not there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseFacts</name>
    <message>
        <source>unknown fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a therapy history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the drug or its class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start date is required unless the outcome is intolerance or contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drug %1: name the drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>therapy %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;urdesk-case/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loaded policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loaded policy &quot;%1&quot; revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the request date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; in policy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is after the request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria: no criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseQueueModel</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseQueueView</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, member id or the start of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cases found, in every status</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::CaseStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pended for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to medical director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseStore</name>
    <message>
        <source>line of business must be commercial, medicarePartD or medicaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency must be standard or expedited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s language must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time received is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s id and name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s birth date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s birth date is after the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drug is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days supply must be from 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prescriber&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prescriber&apos;s NPI must be 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request type must be initial or continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: only a %2 may %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or a </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 of the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 of the import: its decision is not its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case cannot be opened: no loaded policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 was reviewed under policy %2 revision %3, which is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not answered on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved answer to &quot;%1&quot; no longer fits policy %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is %2; it cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a determination is recorded as a decision, with its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision approves, partially approves or denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny or partially approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical director&apos;s approval needs a written rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a denial or a partial approval needs a written rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval needs its first and last day, in that order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a denial approves no dates and no quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approved quantity must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a denial must name at least one specific criterion that is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 has no criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override needs a written rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criterion &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only PDF documents and images can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than the 50 MB an attachment may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 does not match the fingerprint recorded when it was added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::CaseView</name>
    <message>
        <source>the case&apos;s policy %1 (revision %2) is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document&amp;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;b&gt;%2&lt;/b&gt; (member %3, born %4)&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;, %6 &amp;nbsp;·&amp;nbsp; %7 &amp;nbsp;·&amp;nbsp; %8, %9 &amp;nbsp;·&amp;nbsp; prescriber %10&lt;br&gt;Policy: %11, revision %12 &amp;nbsp;·&amp;nbsp; Status: &lt;b&gt;%13&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Due %14 (&lt;b&gt;%15&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::ChecklistPane</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a criterion to see the policy&apos;s text and the questions it depends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pend for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a medical director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Now: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1: %2. Evaluation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Policy text: %1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Depends on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a URDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a URDesk database (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a URDesk one; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database was written by a newer URDesk (database version %2; this URDesk reads up to %3). Open it with that URDesk; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot use write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading the database to version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::DecisionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 for %3 (%4)&lt;br&gt;Evaluation: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;to (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The denial rests on these criteria (at least one; they go into the letter in plain language):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::DeterminationLetter</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no determination yet: there is no letter to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::EvaluationReport</name>
    <message>
        <source>APPLIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:        %1, effective %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:       %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:      %1 for what is approvable, %2 to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ask: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  condition not covered: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not met: %1 %2 — %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Evaluator</name>
    <message>
        <source>not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether this applies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden as %1 by a medical director; evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its criteria applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information missing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>met by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none met yet; information missing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none of %n met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 met (%3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s) to %3; %4 needs %5 or earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is after the request date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4; needs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is after the request date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 y %2 mo on %3 %4 %5 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 mo on %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 y on %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 to %3, %n day(s), %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of the past %2 covered (%3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: samples do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 or higher needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documented: satisfies the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starts after the request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not current on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ended before %2 (the last %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since %1; more than %2 needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since %1; at least %2 needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 in the therapy history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 used together from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 used at the same time as a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currently takes %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other current drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current drugs (%1) are not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescriber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescriber: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescriber: %1; consulted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy sets no quantity limit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3 days at %4 %5 the limit of %6 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvable under %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 %2 per %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pend for information: %n question(s) for the prescriber</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n condition(s) not covered apply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to a medical director: %1 %2 per %3 days approvable, %4 %2 beyond the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n criteria not met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; information missing for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::ExportPreviewDialog</name>
    <message>
        <source>Export Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Review Record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination Letter — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Saving writes this PDF and records the export in the audit trail. It contains protected health information.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::FactField</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates, YYYY-MM-DD, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one date, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::FactJson</name>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of therapy courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drug class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected low, medium, high, superHigh or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected none, failure, inadequateResponse, intolerance or contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;end&quot; is required: a date, or &quot;ongoing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, or &quot;ongoing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a drug name or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Json</name>
    <message>
        <source>line 1, column 1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::JsonReader</name>
    <message>
        <source>%1: ... and %2 more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as {&quot;days&quot;: 28} or {&quot;months&quot;: 6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown duration unit &quot;%1&quot; (days, weeks, months or years)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::LetterKit</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;appealDays&quot; needs &quot;%2&quot;: a number of days from 1 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list {%2} must stand alone on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the letter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be the words it stands for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::LineOfBusiness</name>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Part D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::LockScreen</name>
    <message>
        <source>&lt;h2&gt;URDesk is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Signed in: %2. The case data is hidden until you enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::MainWindow</name>
    <message>
        <source>URDesk — demonstration database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are for review nurses and medical directors. As an administrator you manage accounts (Account &gt; Manage Accounts) and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polic&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage policies&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some policy files did not load:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)); the export is in the audit trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Case &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new interface language applies when URDesk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::NewCaseDialog</name>
    <message>
        <source>e.g. 300 mg/2 mL pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation (renewal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line of business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengt&amp;h and form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;supply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber N&amp;PI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber&apos;s spe&amp;cialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed under: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over the answers of %1 (%2, %3, received %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::NotesPane</name>
    <message>
        <source>The notes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 (%3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet. Add Note… writes one.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Policy</name>
    <message>
        <source>%1 %2 %3 (revision %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::PolicyCatalog</name>
    <message>
        <source>%1: the policy folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy %2 revision %3 is already loaded; this file is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::PolicyReader</name>
    <message>
        <source>unknown fact type &quot;%1&quot; (yesNo, number, date, dates, choice, multi, therapies, drugs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum %1 is above maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit and range apply to number facts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options apply to choice and multi facts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate fact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drug class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown potency &quot;%1&quot; (low, medium, high, superHigh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drug list needs drugs or includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate drug list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 drug lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drug lists include each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drug list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one drug list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a criterion object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion is one of all, one, atLeast/of or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;of&quot; needs &quot;atLeast&quot;: a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty array of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 of %2 criteria can never be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this test needs a number fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;is&quot; needs a yesNo fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a choice or multi fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;countWithin&quot; needs a dates fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;countWithin&quot; needs &quot;atLeast&quot;: a count ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sinceAtLeast&quot; needs a date fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fact test needs is, in, atLeast, atMost, greaterThan, lessThan, between, sinceAtLeast or countWithin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age is in years or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown specialty &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion needs a test (fact, requestType, age, therapy, concomitant, currentDrug, prescriber, quantityExceedsLimit) or children (all, one, atLeast/of, not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a therapy query object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a therapy query needs &quot;lists&quot; or &quot;requestedDrug&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected low, medium, high or superHigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use minimumDuration or longerThan, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>askWhen conditions depend on each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;urdesk-common/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared facts cannot have askWhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;urdesk-policy/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits, dots and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;effectiveDate&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected priorAuthorization or quantityLimit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of days from 28 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one covered drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;criteria&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantityLimit policy needs &quot;quantityLimits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantityExceedsLimit needs &quot;quantityLimits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quantity above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of days ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shared facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shared drug lists)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URDesk shows a new language from its next start. Letters are written in each member&apos;s language, chosen on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::ReviewRecord</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for a %2-day supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retail pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, member id %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation (renewal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, NPI %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3; revision %4, effective %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No determination has been made on this case yet (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: criteria met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria as evaluated at the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria as evaluated now (no decision yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1. Request date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Overridden by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from an earlier case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) for this case, from %1 to %2. Newest row %3, hash %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case review record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains protected health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case review record — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Role</name>
    <message>
        <source>Review nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::SecuritySettings</name>
    <message>
        <source>only an administrator sets the idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idle lock takes %1 to %2 minutes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Session</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::SignInDialog</name>
    <message>
        <source>Sign In to URDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in with your personal account.&lt;/b&gt;&lt;br&gt;Accounts are never shared: everything you do is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration database with fictitious cases.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::SignInFlow</name>
    <message>
        <source>URDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Status</name>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Therapy</name>
    <message>
        <source>no outcome documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inadequate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>potency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low potency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium potency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high potency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>super-high potency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::TherapyTable</name>
    <message>
        <source>Takes no other drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapies tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (empty: ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples never count towards a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: name the drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the start date is needed (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the course ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (incomplete rows are not counted yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::TimeLeft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::Urgency</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::cli</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  revision %4, effective %5
      %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: name at least one policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2 %3, revision %4: %5 criteria, %6 facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file (docs/case-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the determination and checklist as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when the result differs from the file&apos;s &quot;expect&quot; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate: name one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with this status (new, inReview, pended, referred, approved, partiallyApproved, denied, withdrawn); may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many fictitious cases to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: --cases takes a whole number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fictitious cases added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: the command is &quot;audit verify&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first broken row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail intact: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also recorded in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: name the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up %1 to %2 (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup written by &quot;urdesk-cli backup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: name the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator did not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number (PA-2026-000042); leave out for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case review record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the determination letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (one case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for a batch: one CASE-record.pdf / CASE-letter.pdf each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: only cases with this status; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: only cases decided on or after this day (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates to use instead of the built-in ones, file by file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: say what to export: --record, --letter or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name one case, or none for a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: one case takes --record or --letter, and --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --out-dir, --status and --decided-since are for a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a batch writes to --out-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --decided-since takes a day as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s), SHA-256 %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>export: cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 documents written, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open cases have no letter yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say who you are with --user NAME (the password is asked for, or read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --role takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot sign in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: urdesk-cli [--policies DIR] [--database FILE] [--user NAME] COMMAND [OPTIONS]

Commands:
  policies [--json]               list the loaded policies
  lint FILE...                    check policy files
  evaluate CASE.json [--json] [--check]
                                  evaluate a case file against its policy
  cases [--status S] [--json]     list the cases in the database (*)
  seed --cases N                  add N fictitious cases, as the demo administrator
  audit verify                    check the audit trail&apos;s hash chain (*)
  backup DEST                     write a checked copy of the database (*)
  restore SOURCE                  put a backup in place; the database there is kept
                                  (*, signed in against the backup)
  export CASE --record|--letter --out FILE.pdf
                                  write a case&apos;s review record or letter (*)
  export --record|--letter [--status S] [--decided-since DATE] --out-dir DIR
                                  the same for many cases, with a progress line (*)

Options:
  --policies DIR                  also load the policy files in DIR
  --database FILE                 the database (default: URDesk&apos;s data folder)
  --user NAME                     (*) sign in as NAME; the password is asked for,
                                  or read as one line from standard input
  --role ROLE                     reviewNurse, medicalDirector or administrator, when
                                  the account holds more than one
  COMMAND --help                  the options of one command
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urdesk::demo</name>
    <message>
        <source>this database has its own accounts, without the demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
