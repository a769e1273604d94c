<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmar contraseña:</translation>
    </message>
    <message>
        <source>URDesk cannot use this database</source>
        <translation>URDesk no puede usar esta base de datos</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Abrir otra…</translation>
    </message>
    <message>
        <source>&amp;Create New…</source>
        <translation>&amp;Crear una nueva…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>URDesk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de URDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create a New Database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>this needs a written note</source>
        <translation>esto requiere una nota escrita</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>%1

The file has not been changed.</source>
        <translation>%1

El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>There is no database at %1. Open the one you meant, or create a new one (or start URDesk with --init).</source>
        <translation>No hay ninguna base de datos en %1. Abra la que buscaba o cree una nueva (o inicie URDesk con --init).</translation>
    </message>
    <message>
        <source>Pend for Information</source>
        <translation>Dejar pendiente de información</translation>
    </message>
    <message>
        <source>What the prescriber is to &amp;send, one thing a line (edit as needed):</source>
        <translation>Lo que el médico debe &amp;enviar, una cosa por línea (edite si hace falta):</translation>
    </message>
    <message>
        <source>&amp;Due back on:</source>
        <translation>&amp;Fecha límite de respuesta:</translation>
    </message>
    <message>
        <source>(the decision is due %1)</source>
        <translation>(la decisión vence el %1)</translation>
    </message>
    <message>
        <source>The case is pended and the letter to the prescriber shown, to save and send.</source>
        <translation>El caso queda pendiente y se muestra la carta al médico, para guardarla y enviarla.</translation>
    </message>
    <message>
        <source>name at least one thing the prescriber is to send</source>
        <translation>indique al menos una cosa que el médico debe enviar</translation>
    </message>
    <message>
        <source>Checking %1 before opening it…</source>
        <translation>Comprobando %1 antes de abrirla…</translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation>Apertura de la base de datos</translation>
    </message>
    <message>
        <source>Sign In to Restore the Backup</source>
        <translation>Iniciar sesión para restaurar la copia</translation>
    </message>
    <message>
        <source>&lt;b&gt;An administrator signs in to restore %1.&lt;/b&gt;&lt;br&gt;With an account of the backup: the damaged database&apos;s accounts cannot be trusted. The restore is recorded under your name.</source>
        <translation>&lt;b&gt;Un administrador inicia sesión para restaurar %1.&lt;/b&gt;&lt;br&gt;Con una cuenta de la copia: las cuentas de la base de datos dañada no son de fiar. La restauración queda registrada a su nombre.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>the administrator did not sign in</source>
        <translation>el administrador no inició sesión</translation>
    </message>
    <message>
        <source>only an administrator restores a backup</source>
        <translation>solo un administrador restaura una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>Copia no restaurada</translation>
    </message>
    <message>
        <source>Choose the Backup to Restore</source>
        <translation>Elegir la copia que se restaura</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup is in place; URDesk checks it and opens it.</source>
        <translation>La copia está en su lugar; URDesk la comprueba y la abre.</translation>
    </message>
    <message>
        <source>The backup was not restored; the damaged database is as it was.</source>
        <translation>La copia no se restauró; la base de datos dañada sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Also load the policy files in DIR.</source>
        <translation>Cargar también los archivos de políticas de DIR.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>El archivo de la base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Open a demonstration database (default: %1) with demo accounts and fictitious cases; the README lists the passwords.</source>
        <translation>Abrir una base de datos de demostración (predeterminada: %1) con cuentas de demostración y casos ficticios; el README indica las contraseñas.</translation>
    </message>
    <message>
        <source>URDesk</source>
        <translation>URDesk</translation>
    </message>
    <message>
        <source>%1 cannot be used as a demonstration database: %2</source>
        <translation>%1 no se puede usar como base de datos de demostración: %2</translation>
    </message>
    <message>
        <source>URDesk: utilization review of drug prior authorizations</source>
        <translation>URDesk: revisión de utilización de autorizaciones previas de medicamentos</translation>
    </message>
    <message>
        <source>The interface language for this session: %1 (default: Preferences, else the system&apos;s).</source>
        <translation>El idioma de la interfaz en esta sesión: %1 (predeterminado: el de Preferencias o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>--lang %1: URDesk has no such language; it has %2.</source>
        <translation>--lang %1: URDesk no tiene ese idioma; tiene %2.</translation>
    </message>
    <message>
        <source>Create the database file if there is none; without it, a missing file is an error.</source>
        <translation>Crea el archivo de la base de datos si no existe; sin esta opción, un archivo que falta es un error.</translation>
    </message>
    <message>
        <source>Database Readable by Others</source>
        <translation>Base de datos legible por otros</translation>
    </message>
    <message>
        <source>Other users of this computer can read the database&apos;s files:
%1

Ask an administrator to run &quot;urdesk-cli --database %2 --user NAME repair-permissions&quot;.</source>
        <translation>Otros usuarios de este equipo pueden leer los archivos de la base de datos:
%1

Pida a un administrador que ejecute &quot;urdesk-cli --database %2 --user NAME repair-permissions&quot;.</translation>
    </message>
    <message>
        <source>--%1: the value given is empty.</source>
        <translation>--%1: el valor indicado está vacío.</translation>
    </message>
</context>
<context>
    <name>urdesk::AccountEditor</name>
    <message>
        <source>Create the First Administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no accounts yet.&lt;/b&gt;&lt;br&gt;Create the first administrator&apos;s personal account. The administrator creates everyone else&apos;s accounts.</source>
        <translation>&lt;b&gt;Esta base de datos aún no tiene cuentas.&lt;/b&gt;&lt;br&gt;Cree la cuenta personal del primer administrador. El administrador crea las cuentas de todos los demás.</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation>Modificar cuenta</translation>
    </message>
    <message>
        <source>e.g. rrivera</source>
        <translation>p. ej., rrivera</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>RN, MD, DO, PharmD</source>
        <translation>RN, MD, DO, PharmD</translation>
    </message>
    <message>
        <source>Licence &amp;type:</source>
        <translation>&amp;Tipo de licencia:</translation>
    </message>
    <message>
        <source>Licence &amp;number:</source>
        <translation>Nú&amp;mero de licencia:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>Review nurses and medical directors need a licence type and number: they appear on decisions and letters. Passwords have at least %1 characters.</source>
        <translation>Las enfermeras de revisión y los directores médicos necesitan tipo y número de licencia: figuran en las decisiones y en las cartas. Las contraseñas tienen al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>C&amp;rear cuenta</translation>
    </message>
</context>
<context>
    <name>urdesk::AccountStore</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>la contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>a user name is 2 to 40 lower-case letters, digits, dots, hyphens or underscores</source>
        <translation>un nombre de usuario tiene de 2 a 40 letras minúsculas, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <source>the full name is required</source>
        <translation>el nombre completo es obligatorio</translation>
    </message>
    <message>
        <source>an account needs at least one role</source>
        <translation>una cuenta necesita al menos un rol</translation>
    </message>
    <message>
        <source>a clinician&apos;s licence type and number are required: they appear on decisions and letters</source>
        <translation>el tipo y el número de licencia del clínico son obligatorios: figuran en las decisiones y en las cartas</translation>
    </message>
    <message>
        <source>%1 is not an account with the role %2</source>
        <translation>%1 no es una cuenta con el rol %2</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>la cuenta %1 está desactivada</translation>
    </message>
    <message>
        <source>the account cannot be created: %1</source>
        <translation>no se puede crear la cuenta: %1</translation>
    </message>
    <message>
        <source>the user name %1 is taken</source>
        <translation>el nombre de usuario %1 ya existe</translation>
    </message>
    <message>
        <source>only an administrator changes accounts</source>
        <translation>solo un administrador modifica cuentas</translation>
    </message>
    <message>
        <source>the account cannot be changed: %1</source>
        <translation>no se puede modificar la cuenta: %1</translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role; another administrator can</source>
        <translation>no puede quitarse su propio rol de administrador; otro administrador sí puede</translation>
    </message>
    <message>
        <source>this database has accounts already: an administrator creates new ones</source>
        <translation>esta base de datos ya tiene cuentas: un administrador crea las nuevas</translation>
    </message>
    <message>
        <source>the first account must be an administrator</source>
        <translation>la primera cuenta debe ser de administrador</translation>
    </message>
    <message>
        <source>only an administrator creates accounts</source>
        <translation>solo un administrador crea cuentas</translation>
    </message>
    <message>
        <source>no account %1</source>
        <translation>no existe la cuenta %1</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation>la cuenta %1 está desactivada; consulte a un administrador</translation>
    </message>
    <message>
        <source>too many wrong passwords: the account is locked until %1 UTC</source>
        <translation>demasiadas contraseñas incorrectas: la cuenta está bloqueada hasta las %1 UTC</translation>
    </message>
    <message>
        <source>the account %1 does not have the role %2</source>
        <translation>la cuenta %1 no tiene el rol %2</translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation>solo un administrador desactiva o activa cuentas</translation>
    </message>
    <message>
        <source>you cannot disable your own account; another administrator can</source>
        <translation>no puede desactivar su propia cuenta; otro administrador sí puede</translation>
    </message>
    <message>
        <source>only an administrator resets passwords</source>
        <translation>solo un administrador restablece contraseñas</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>no se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>wrong user name or password, or the account is locked or disabled</source>
        <translation>usuario o contraseña incorrectos, o la cuenta está bloqueada o desactivada</translation>
    </message>
</context>
<context>
    <name>urdesk::AccountsDialog</name>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Accounts are personal. They are disabled, never deleted, so the audit trail keeps every name.</source>
        <translation>Las cuentas son personales. Se desactivan, nunca se eliminan, para que el registro de auditoría conserve todos los nombres.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Lock every URDesk window after</source>
        <translation>Bloquear todas las ventanas de URDesk tras</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutos de inactividad</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueada hasta %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Enable Account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Why is %1 enabled again?</source>
        <translation>¿Por qué se vuelve a activar %1?</translation>
    </message>
    <message>
        <source>Why is %1 disabled? (for the audit trail)</source>
        <translation>¿Por qué se desactiva %1? (para el registro de auditoría)</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Give it to them in person; the account is unlocked.</source>
        <translation>Una contraseña nueva para %1 (%2). Entréguesela en persona; la cuenta queda desbloqueada.</translation>
    </message>
</context>
<context>
    <name>urdesk::AnswerText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4</source>
        <translation>%1: %2 a %3, %4</translation>
    </message>
    <message>
        <source>%1 (samples)</source>
        <translation>%1 (muestras)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>ninguna de estas</translation>
    </message>
    <message>
        <source>No therapies tried</source>
        <translation>No se probaron terapias</translation>
    </message>
    <message>
        <source>No other drugs</source>
        <translation>Ningún otro medicamento</translation>
    </message>
    <message>
        <source>%1 (classified: %2)</source>
        <translation>%1 (clasificado: %2)</translation>
    </message>
    <message>
        <source>%1 (classified by %2: %3)</source>
        <translation>%1 (clasificado por %2: %3)</translation>
    </message>
    <message>
        <source>%1: no dates, %2</source>
        <translation>%1: sin fechas, %2</translation>
    </message>
    <message>
        <source>%1, for this condition</source>
        <translation>%1, para esta afección</translation>
    </message>
    <message>
        <source>%1, for another condition</source>
        <translation>%1, para otra afección</translation>
    </message>
</context>
<context>
    <name>urdesk::AttachmentsPane</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>no viewer could open %1</source>
        <translation>ningún visor pudo abrir %1</translation>
    </message>
    <message>
        <source>%1 — %2, added by %3 on %4</source>
        <translation>%1 — %2, añadido por %3 el %4</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>select a document first</source>
        <translation>seleccione primero un documento</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Letter sent: %1 — %2, exported by %3 on %4</source>
        <translation>Carta enviada: %1 — %2, exportada por %3 el %4</translation>
    </message>
</context>
<context>
    <name>urdesk::AuditTrail</name>
    <message>
        <source>cannot record the audit trail&apos;s newest row in %1: %2</source>
        <translation>no se puede registrar la fila más reciente del registro de auditoría en %1: %2</translation>
    </message>
    <message>
        <source>before row %1 was written, the trail did not end where it was recorded to end: rows were removed, added or replaced outside URDesk, or the record %2 was lost</source>
        <translation>antes de escribir la fila %1, el registro no terminaba donde constaba que terminaba: se eliminaron, añadieron o reemplazaron filas fuera de URDesk, o se perdió el dato %2</translation>
    </message>
    <message>
        <source>the audit trail could not be written: %1</source>
        <translation>no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>the protection of the audit trail (trigger %1) has been removed</source>
        <translation>se ha eliminado la protección del registro de auditoría (disparador %1)</translation>
    </message>
    <message>
        <source>row %1 is missing: the row after %2 is %3</source>
        <translation>falta la fila %1: la fila siguiente a %2 es %3</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: rows were removed, reordered or inserted</source>
        <translation>la fila %1 no sigue a la fila %2: se eliminaron, reordenaron o insertaron filas</translation>
    </message>
    <message>
        <source>row %1 has been altered</source>
        <translation>la fila %1 ha sido alterada</translation>
    </message>
    <message>
        <source>the record of the newest row (%1) is missing, so removal of the newest rows cannot be ruled out</source>
        <translation>falta el dato de la fila más reciente (%1), así que no se puede descartar que se eliminaran las filas más recientes</translation>
    </message>
    <message>
        <source>the newest rows were deleted: the trail ends at row %1, but row %2 was recorded</source>
        <translation>se eliminaron las filas más recientes: el registro termina en la fila %1, pero constaba la fila %2</translation>
    </message>
    <message>
        <source>the trail does not end where it was recorded to end (row %1): rows were added or replaced outside URDesk</source>
        <translation>el registro no termina donde constaba que terminaba (fila %1): se añadieron o reemplazaron filas fuera de URDesk</translation>
    </message>
    <message>
        <source>an action needs a personal account and a role</source>
        <translation>una acción requiere una cuenta personal y un rol</translation>
    </message>
    <message>
        <source>internal error: an action left no audit row</source>
        <translation>error interno: una acción no dejó fila de auditoría</translation>
    </message>
    <message>
        <source>seals were added outside URDesk under row %1, which sealed other rows or none</source>
        <translation>se añadieron sellos fuera de URDesk bajo la fila %1, que sellaba otras filas o ninguna</translation>
    </message>
    <message>
        <source>the seals of the rows that row %1 wrote have been altered</source>
        <translation>los sellos de las filas que escribió la fila %1 han sido alterados</translation>
    </message>
    <message>
        <source>seals were added outside URDesk under row %1, which the trail does not have</source>
        <translation>se añadieron sellos fuera de URDesk bajo la fila %1, que el registro no tiene</translation>
    </message>
    <message>
        <source>the rows could not be sealed: %1</source>
        <translation>no se pudieron sellar las filas: %1</translation>
    </message>
    <message>
        <source>%1 failed SQLite&apos;s integrity check: %2</source>
        <translation>%1 no superó la comprobación de integridad de SQLite: %2</translation>
    </message>
</context>
<context>
    <name>urdesk::Backup</name>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>no se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>not backed up: the audit trail is broken: %1</source>
        <translation>no se hizo la copia de seguridad: el registro de auditoría está roto: %1</translation>
    </message>
    <message>
        <source>the copy could not be written to %1: %2</source>
        <translation>no se pudo escribir la copia en %1: %2</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk</source>
        <translation>no se pudo volcar la copia al disco</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>no se restauró: %1</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>restaurada %1</translation>
    </message>
    <message>
        <source>restored %1; the database that was there is kept as %2</source>
        <translation>restaurada %1; la base de datos que había se conserva como %2</translation>
    </message>
    <message>
        <source>not backed up: %1 already exists; it is replaced only when asked (--force)</source>
        <translation>copia no realizada: %1 ya existe; solo se sustituye si se pide (--force)</translation>
    </message>
    <message>
        <source>the copy could not be written: %1</source>
        <translation>no se pudo escribir la copia: %1</translation>
    </message>
    <message>
        <source>not restored: %1: not a regular file</source>
        <translation>no restaurada: %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>not restored: cannot copy %1: %2</source>
        <translation>no restaurada: no se puede copiar %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the copy does not verify: %1</source>
        <translation>la copia no supera la verificación: %1</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>Apro&amp;bar…</translation>
    </message>
    <message>
        <source>Partia&amp;lly Approve…</source>
        <translation>Aprobar &amp;parcialmente…</translation>
    </message>
    <message>
        <source>Den&amp;y…</source>
        <translation>&amp;Denegar…</translation>
    </message>
    <message>
        <source>&amp;Pend for Information…</source>
        <translation>De&amp;jar pendiente de información…</translation>
    </message>
    <message>
        <source>Res&amp;ume Review</source>
        <translation>Reanudar r&amp;evisión</translation>
    </message>
    <message>
        <source>Refer to &amp;Medical Director…</source>
        <translation>Rem&amp;itir al director médico…</translation>
    </message>
    <message>
        <source>&amp;Override Criterion…</source>
        <translation>Dictaminar criteri&amp;o…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>Añadir no&amp;ta…</translation>
    </message>
    <message>
        <source>The evaluation does not find the case approvable</source>
        <translation>La evaluación no considera aprobable el caso</translation>
    </message>
    <message>
        <source>A nurse refers the case first</source>
        <translation>Primero una enfermera remite el caso</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>review started</source>
        <translation>revisión iniciada</translation>
    </message>
    <message>
        <source>information received</source>
        <translation>información recibida</translation>
    </message>
    <message>
        <source>Refer to a Medical Director</source>
        <translation>Remitir a un director médico</translation>
    </message>
    <message>
        <source>Criteria are not met: a note for the medical director is required.</source>
        <translation>No se cumplen los criterios: se requiere una nota para el director médico.</translation>
    </message>
    <message>
        <source>A note for the medical director (optional):</source>
        <translation>Una nota para el director médico (opcional):</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>remitido</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Remisión: %1</translation>
    </message>
    <message>
        <source>Override Criterion</source>
        <translation>Dictaminar criterio</translation>
    </message>
    <message>
        <source>Select the criterion in the checklist first.</source>
        <translation>Seleccione primero el criterio en la lista de verificación.</translation>
    </message>
    <message>
        <source>Override Criterion %1</source>
        <translation>Dictaminar el criterio %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Evaluation: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Evaluación: %3</translation>
    </message>
    <message>
        <source>Consider it &amp;met</source>
        <translation>Considerarlo &amp;cumplido</translation>
    </message>
    <message>
        <source>Consider it &amp;not met</source>
        <translation>Considerarlo &amp;no cumplido</translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Justificación (obligatoria):</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>The note, kept with the case:</source>
        <translation>La nota, que se guarda con el caso:</translation>
    </message>
    <message>
        <source>Please confirm %1</source>
        <translation>Confirme %1</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Reabr&amp;ir…</translation>
    </message>
    <message>
        <source>Take the referral back into review</source>
        <translation>Retomar la derivación y volver a revisión</translation>
    </message>
    <message>
        <source>Set the decided case back to review; its decision stays in its history</source>
        <translation>Devolver el caso decidido a revisión; su decisión se conserva en su historial</translation>
    </message>
    <message>
        <source>Reopen Case</source>
        <translation>Reabrir caso</translation>
    </message>
    <message>
        <source>Why is case %1 reopened? The reason is kept in the audit trail.</source>
        <translation>¿Por qué se reabre el caso %1? El motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Unassi&amp;gn</source>
        <translation>Desasi&amp;gnar</translation>
    </message>
    <message>
        <source>Assi&amp;gn to Me</source>
        <translation>Asi&amp;gnármelo</translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Asignarme el caso</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2. Assign it to you instead?</source>
        <translation>El caso %1 está asignado a %2. ¿Asignárselo a usted?</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseExport</name>
    <message>
        <source>the letter templates are not loaded</source>
        <translation>las plantillas de cartas no están cargadas</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (the export was recorded, the file is not there)</source>
        <translation>%1: no se puede escribir: %2 (la exportación quedó registrada, pero el archivo no existe)</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseFacts</name>
    <message>
        <source>unknown fact</source>
        <translation>dato desconocido</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>se esperaba sí o no</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>se esperaba un número finito</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2%3</source>
        <translation>%1 está por debajo del mínimo %2%3</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2%3</source>
        <translation>%1 está por encima del máximo %2%3</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>se esperaba una fecha</translation>
    </message>
    <message>
        <source>expected a list of dates</source>
        <translation>se esperaba una lista de fechas</translation>
    </message>
    <message>
        <source>expected one of the options</source>
        <translation>se esperaba una de las opciones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options</source>
        <translation>«%1» no es una de las opciones</translation>
    </message>
    <message>
        <source>expected a list of options</source>
        <translation>se esperaba una lista de opciones</translation>
    </message>
    <message>
        <source>expected a therapy history</source>
        <translation>se esperaba un historial de terapias</translation>
    </message>
    <message>
        <source>name the drug or its class</source>
        <translation>indique el medicamento o su clase</translation>
    </message>
    <message>
        <source>a start date is required unless the outcome is intolerance or contraindication</source>
        <translation>se requiere una fecha de inicio salvo que el resultado sea intolerancia o contraindicación</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>expected a list of drugs</source>
        <translation>se esperaba una lista de medicamentos</translation>
    </message>
    <message>
        <source>drug %1: name the drug</source>
        <translation>medicamento %1: indique el medicamento</translation>
    </message>
    <message>
        <source>therapy %1 (%2): %3</source>
        <translation>terapia %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written, %1 to %2 dated</source>
        <translation>
            <numerusform>%n día escrito, fechado de %1 a %2</numerusform>
            <numerusform>%n días escritos, fechado de %1 a %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::CaseFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>expected &quot;urdesk-case/1&quot;</source>
        <translation>se esperaba «urdesk-case/1»</translation>
    </message>
    <message>
        <source>no loaded policy &quot;%1&quot;</source>
        <translation>no hay ninguna política cargada «%1»</translation>
    </message>
    <message>
        <source>no loaded policy &quot;%1&quot; revision %2</source>
        <translation>no hay ninguna política cargada «%1» revisión %2</translation>
    </message>
    <message>
        <source>expected the request date as YYYY-MM-DD</source>
        <translation>se esperaba la fecha de la solicitud como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected an object of answers</source>
        <translation>se esperaba un objeto de respuestas</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; in policy %2</source>
        <translation>dato desconocido «%1» en la política %2</translation>
    </message>
    <message>
        <source>the birth date is after the request date</source>
        <translation>la fecha de nacimiento es posterior a la fecha de la solicitud</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: se esperaba %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>criteria: no criterion &quot;%1&quot;</source>
        <translation>criteria: no existe el criterio «%1»</translation>
    </message>
    <message>
        <source>expect: unknown key &quot;%1&quot;</source>
        <translation>expect: clave desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseQueueModel</name>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Pended: due back %1</source>
        <translation>Pendiente: respuesta el %1</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseQueueView</name>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Cualquier urgencia</translation>
    </message>
    <message>
        <source>Any line of business</source>
        <translation>Cualquier línea de negocio</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Assigned to me (%1)</source>
        <translation>Asignados a mí (%1)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cases found, in every status</source>
        <translation>
            <numerusform>%n caso encontrado, en cualquier estado</numerusform>
            <numerusform>%n casos encontrados, en cualquier estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>As&amp;ignármelos</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>&amp;Quitar asignación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Asignarme los casos</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cases are assigned to someone else: %1. Assign them to you instead?</source>
        <translation>
            <numerusform>%n de los casos seleccionados está asignado a otra persona: %1. ¿Asignárselo a usted?</numerusform>
            <numerusform>%n de los casos seleccionados están asignados a otras personas: %1. ¿Asignárselos a usted?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Assigned</source>
        <translation>No asignado</translation>
    </message>
    <message>
        <source>Case number, or any part of a name or member id</source>
        <translation>N.º de caso, o parte de un nombre o n.º de afiliado</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseStatus</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Pended for information</source>
        <translation>Pendiente de información</translation>
    </message>
    <message>
        <source>Referred to medical director</source>
        <translation>Remitido al director médico</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Aprobado parcialmente</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseStore</name>
    <message>
        <source>line of business must be commercial, medicarePartD or medicaid</source>
        <translation>la línea de negocio debe ser commercial, medicarePartD o medicaid</translation>
    </message>
    <message>
        <source>urgency must be standard or expedited</source>
        <translation>la urgencia debe ser standard o expedited</translation>
    </message>
    <message>
        <source>the member&apos;s language must be one of %1</source>
        <translation>el idioma del afiliado debe ser uno de %1</translation>
    </message>
    <message>
        <source>the time received is missing</source>
        <translation>falta la hora de recepción</translation>
    </message>
    <message>
        <source>the member&apos;s id and name are required</source>
        <translation>el número y el nombre del afiliado son obligatorios</translation>
    </message>
    <message>
        <source>the member&apos;s birth date is required</source>
        <translation>la fecha de nacimiento del afiliado es obligatoria</translation>
    </message>
    <message>
        <source>the member&apos;s birth date is after the request was received</source>
        <translation>la fecha de nacimiento del afiliado es posterior a la recepción de la solicitud</translation>
    </message>
    <message>
        <source>the drug is required</source>
        <translation>el medicamento es obligatorio</translation>
    </message>
    <message>
        <source>the quantity must be above 0</source>
        <translation>la cantidad debe ser mayor que 0</translation>
    </message>
    <message>
        <source>the days supply must be from 1 to 365</source>
        <translation>los días de suministro deben ser de 1 a 365</translation>
    </message>
    <message>
        <source>the prescriber&apos;s name is required</source>
        <translation>el nombre del prescriptor es obligatorio</translation>
    </message>
    <message>
        <source>the prescriber&apos;s NPI must be 10 digits</source>
        <translation>el NPI del prescriptor debe tener 10 dígitos</translation>
    </message>
    <message>
        <source>the request type must be initial or continuation</source>
        <translation>el tipo de solicitud debe ser initial o continuation</translation>
    </message>
    <message>
        <source>%1 is refused: only a %2 may %3</source>
        <translation>se rechaza la acción de %1: solo puede %3 quien tenga el rol %2</translation>
    </message>
    <message>
        <source> or a </source>
        <translation> o </translation>
    </message>
    <message>
        <source>create a case</source>
        <translation>crear un caso</translation>
    </message>
    <message>
        <source>import cases</source>
        <translation>importar casos</translation>
    </message>
    <message>
        <source>case %1 of the import: %2</source>
        <translation>caso %1 de la importación: %2</translation>
    </message>
    <message>
        <source>case %1 of the import: its decision is not its status</source>
        <translation>caso %1 de la importación: su decisión no coincide con su estado</translation>
    </message>
    <message>
        <source>the case cannot be opened: %1</source>
        <translation>no se puede abrir el caso: %1</translation>
    </message>
    <message>
        <source>the case cannot be opened: no loaded policy &quot;%1&quot;</source>
        <translation>no se puede abrir el caso: no hay ninguna política cargada «%1»</translation>
    </message>
    <message>
        <source>the case could not be saved: %1</source>
        <translation>no se pudo guardar el caso: %1</translation>
    </message>
    <message>
        <source>no such question</source>
        <translation>no existe esa pregunta</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>abrir un caso</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>leer casos</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <source>case %1 was reviewed under policy %2 revision %3, which is not loaded</source>
        <translation>el caso %1 se revisó según la política %2 revisión %3, que no está cargada</translation>
    </message>
    <message>
        <source>change an answer</source>
        <translation>cambiar una respuesta</translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;</source>
        <translation>%1 no tiene la pregunta «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the answer could not be saved: %1</source>
        <translation>no se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not answered on this case</source>
        <translation>«%1» no tiene respuesta en este caso</translation>
    </message>
    <message>
        <source>the saved answer to &quot;%1&quot; no longer fits policy %2: %3</source>
        <translation>la respuesta guardada a «%1» ya no se ajusta a la política %2: %3</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>añadir una nota</translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation>una nota no puede estar vacía</translation>
    </message>
    <message>
        <source>the note could not be saved: %1</source>
        <translation>no se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>case %1 is %2; it cannot become %3</source>
        <translation>el caso %1 está %2; no puede pasar a %3</translation>
    </message>
    <message>
        <source>a determination is recorded as a decision, with its record</source>
        <translation>una determinación se registra como decisión, con su expediente</translation>
    </message>
    <message>
        <source>move a case</source>
        <translation>cambiar el estado de un caso</translation>
    </message>
    <message>
        <source>assign a case</source>
        <translation>asignar un caso</translation>
    </message>
    <message>
        <source>a decision approves, partially approves or denies</source>
        <translation>una decisión aprueba, aprueba parcialmente o deniega</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>deny or partially approve</source>
        <translation>denegar o aprobar parcialmente</translation>
    </message>
    <message>
        <source>a medical director&apos;s approval needs a written rationale</source>
        <translation>la aprobación de un director médico requiere una justificación escrita</translation>
    </message>
    <message>
        <source>a denial or a partial approval needs a written rationale</source>
        <translation>una denegación o una aprobación parcial requiere una justificación escrita</translation>
    </message>
    <message>
        <source>an approval needs its first and last day, in that order</source>
        <translation>una aprobación requiere su primer y su último día, en ese orden</translation>
    </message>
    <message>
        <source>a denial approves no dates and no quantity</source>
        <translation>una denegación no aprueba fechas ni cantidad</translation>
    </message>
    <message>
        <source>the approved quantity must be above 0</source>
        <translation>la cantidad aprobada debe ser mayor que 0</translation>
    </message>
    <message>
        <source>a denial must name at least one specific criterion that is not met</source>
        <translation>una denegación debe indicar al menos un criterio concreto que no se cumple</translation>
    </message>
    <message>
        <source>policy %1 has no criterion %2</source>
        <translation>la política %1 no tiene el criterio %2</translation>
    </message>
    <message>
        <source>the decision could not be saved: %1</source>
        <translation>no se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <source>override a criterion</source>
        <translation>dictaminar un criterio</translation>
    </message>
    <message>
        <source>an override needs a written rationale</source>
        <translation>un dictamen requiere una justificación escrita</translation>
    </message>
    <message>
        <source>%1 has no criterion &quot;%2&quot;</source>
        <translation>%1 no tiene el criterio «%2»</translation>
    </message>
    <message>
        <source>the override could not be saved: %1</source>
        <translation>no se pudo guardar el dictamen: %1</translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation>adjuntar un documento</translation>
    </message>
    <message>
        <source>%1: only PDF documents and images can be attached</source>
        <translation>%1: solo se pueden adjuntar documentos PDF e imágenes</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: larger than the 50 MB an attachment may be</source>
        <translation>%1: supera los 50 MB que puede ocupar un adjunto</translation>
    </message>
    <message>
        <source>no attachment %1</source>
        <translation>no existe el adjunto %1</translation>
    </message>
    <message>
        <source>attachment %1 does not match the fingerprint recorded when it was added</source>
        <translation>el adjunto %1 no coincide con la huella registrada al añadirlo</translation>
    </message>
    <message>
        <source>the request type is required</source>
        <translation>el tipo de solicitud es obligatorio</translation>
    </message>
    <message>
        <source>change its answers</source>
        <translation>cambiar sus respuestas</translation>
    </message>
    <message>
        <source>case %1 is %2: a medical director reopens it before anyone may %3</source>
        <translation>el caso %1 está %2: un director médico debe reabrirlo antes de que nadie pueda %3</translation>
    </message>
    <message>
        <source>reopening a case needs a written reason</source>
        <translation>reabrir un caso requiere un motivo por escrito</translation>
    </message>
    <message>
        <source>case %1 is %2, not decided: there is nothing to reopen</source>
        <translation>el caso %1 está %2, no decidido: no hay nada que reabrir</translation>
    </message>
    <message>
        <source>reopen a case</source>
        <translation>reabrir un caso</translation>
    </message>
    <message>
        <source>case %1 has just become %2; look again before reopening it</source>
        <translation>el caso %1 acaba de pasar a %2; revíselo de nuevo antes de reabrirlo</translation>
    </message>
    <message>
        <source>assign it</source>
        <translation>asignarlo</translation>
    </message>
    <message>
        <source>The member&apos;s date of birth</source>
        <translation>La fecha de nacimiento del afiliado</translation>
    </message>
    <message>
        <source>The request type</source>
        <translation>El tipo de solicitud</translation>
    </message>
    <message>
        <source>%1 is part of the request and cannot be left unanswered; correct it instead</source>
        <translation>%1 forma parte de la solicitud y no puede quedar sin respuesta; corríjala en su lugar</translation>
    </message>
    <message>
        <source>export a letter</source>
        <translation>exportar una carta</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>ask for information</source>
        <translation>pedir información</translation>
    </message>
    <message>
        <source>a request for information names at least one thing to send</source>
        <translation>un pedido de información indica al menos una cosa que enviar</translation>
    </message>
    <message numerus="yes">
        <source>the information is due back after today and within %n day(s)</source>
        <translation>
            <numerusform>la información debe volver después de hoy y dentro de %n día</numerusform>
            <numerusform>la información debe volver después de hoy y dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the request for information could not be saved: %1</source>
        <translation>no se pudo guardar el pedido de información: %1</translation>
    </message>
    <message>
        <source>Request for information, due back %1:
%2</source>
        <translation>Pedido de información, con respuesta a más tardar el %1:
%2</translation>
    </message>
</context>
<context>
    <name>urdesk::CaseView</name>
    <message>
        <source>the case&apos;s policy %1 (revision %2) is not loaded</source>
        <translation>la política del caso %1 (revisión %2) no está cargada</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Lista de veri&amp;ficación</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notas (%1)</translation>
    </message>
    <message>
        <source>Document&amp;s (%1)</source>
        <translation>Doc&amp;umentos (%1)</translation>
    </message>
    <message>
        <source>quantity not given</source>
        <translation>cantidad no indicada</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n days</source>
        <translation>
            <numerusform>%1 para %n día</numerusform>
            <numerusform>%1 para %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>continuation</source>
        <translation>continuación</translation>
    </message>
    <message>
        <source>initial request</source>
        <translation>solicitud inicial</translation>
    </message>
    <message>
        <source>answer to &quot;%1&quot;</source>
        <translation>respuesta a «%1»</translation>
    </message>
    <message>
        <source>clearing &quot;%1&quot;</source>
        <translation>borrar «%1»</translation>
    </message>
    <message>
        <source>This case is %1 and read only: its answers, therapy history and notes stay as they were decided. A medical director may reopen it, with a reason.</source>
        <translation>Este caso está %1 y es de solo lectura: sus respuestas, su historial de tratamientos y sus notas quedan como se decidieron. Un director médico puede reabrirlo, indicando un motivo.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;b&gt;%2&lt;/b&gt; (member %3, born %4)&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;, %6 &amp;nbsp;·&amp;nbsp; %7 &amp;nbsp;·&amp;nbsp; %8, %9 &amp;nbsp;·&amp;nbsp; prescriber %10&lt;br&gt;Policy: %11, revision %12 &amp;nbsp;·&amp;nbsp; Status: &lt;b&gt;%13&lt;/b&gt;, %16 &amp;nbsp;·&amp;nbsp; Due %14 (&lt;b&gt;%15&lt;/b&gt;)</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; &lt;b&gt;%2&lt;/b&gt; (afiliado %3, nacido el %4)&lt;br&gt;&lt;b&gt;%5&lt;/b&gt;, %6 &amp;nbsp;·&amp;nbsp; %7 &amp;nbsp;·&amp;nbsp; %8, %9 &amp;nbsp;·&amp;nbsp; prescriptor %10&lt;br&gt;Política: %11, revisión %12 &amp;nbsp;·&amp;nbsp; Estado: &lt;b&gt;%13&lt;/b&gt;, %16 &amp;nbsp;·&amp;nbsp; Vence el %14 (&lt;b&gt;%15&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
</context>
<context>
    <name>urdesk::ChecklistPane</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Criterios: %1</translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation>Afecciones no cubiertas</translation>
    </message>
    <message>
        <source>Select a criterion to see the policy&apos;s text and the questions it depends on.</source>
        <translation>Seleccione un criterio para ver el texto de la política y las preguntas de las que depende.</translation>
    </message>
    <message>
        <source>Approvable</source>
        <translation>Aprobable</translation>
    </message>
    <message>
        <source>Pend for information</source>
        <translation>Dejar pendiente de información</translation>
    </message>
    <message>
        <source>Refer to a medical director</source>
        <translation>Remitir a un director médico</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Ahora: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (dictaminado)</translation>
    </message>
    <message>
        <source>Overridden by %1: %2. Evaluation: %3</source>
        <translation>Dictaminado por %1: %2. Evaluación: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Policy text: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Texto de la política: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1.&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;%1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Depends on: %1</source>
        <translation>&lt;br&gt;Depende de: %1</translation>
    </message>
</context>
<context>
    <name>urdesk::DamagedDatabaseDialog</name>
    <message>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>This database is damaged: restore a backup.</source>
        <translation>Esta base de datos está dañada: restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Abrir otra…</translation>
    </message>
    <message>
        <source>&amp;Create New…</source>
        <translation>&amp;Crear una nueva…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>File: %1

SQLite&apos;s check of its pages found: %2

URDesk opened the file read-only to check it and wrote nothing to it. It does not open it for work: what it showed could not be recorded in the file&apos;s audit trail.

An administrator restores the newest backup in its place (Restore a Backup, signing in against the backup), and the damaged file is kept beside it. From a terminal:
  urdesk-cli --database &quot;%1&quot; --user ADMINISTRATOR restore BACKUP</source>
        <translation>Archivo: %1

La comprobación de sus páginas por SQLite encontró: %2

URDesk abrió el archivo en solo lectura para comprobarlo y no escribió nada en él. No lo abre para trabajar: lo que mostrara no podría quedar en el registro de auditoría del archivo.

Un administrador restaura en su lugar la copia de seguridad más reciente (Restaurar una copia, iniciando sesión contra la copia), y el archivo dañado se conserva al lado. Desde un terminal:
  urdesk-cli --database &quot;%1&quot; --user ADMINISTRATOR restore BACKUP</translation>
    </message>
</context>
<context>
    <name>urdesk::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: no se puede leer la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a URDesk database</source>
        <translation>%1: el archivo está vacío; no es una base de datos de URDesk</translation>
    </message>
    <message>
        <source>%1: not a URDesk database (not an SQLite file)</source>
        <translation>%1: no es una base de datos de URDesk (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a URDesk one; it was left as it is</source>
        <translation>%1: es una base de datos SQLite, pero no de URDesk; se ha dejado como estaba</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: no se puede crear la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation>%1: la base de datos está dañada: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: this database was written by a newer URDesk (database version %2; this URDesk reads up to %3). Open it with that URDesk; it was left as it is.</source>
        <translation>%1: esta base de datos la escribió un URDesk más reciente (versión de base de datos %2; este URDesk lee hasta la %3). Ábrala con ese URDesk; se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1: cannot use write-ahead logging: %2</source>
        <translation>%1: no se puede usar el registro de escritura anticipada: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: upgrading the database to version %2 failed: %3</source>
        <translation>%1: falló la actualización de la base de datos a la versión %2: %3</translation>
    </message>
    <message>
        <source>saving failed: %1</source>
        <translation>no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>every row is sealed as it stands after the upgrade</source>
        <translation>cada fila se sella tal como está tras la actualización</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program (%2), and it still was after %n second(s) of waiting; nothing was saved. Try again when it is done.</source>
        <translation>
            <numerusform>Otro programa (%2) está modificando %1, y seguía haciéndolo tras %n segundo de espera; no se guardó nada. Vuelva a intentarlo cuando termine.</numerusform>
            <numerusform>Otro programa (%2) está modificando %1, y seguía haciéndolo tras %n segundos de espera; no se guardó nada. Vuelva a intentarlo cuando termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>another URDesk or a database tool</source>
        <translation>otro URDesk o una herramienta de bases de datos</translation>
    </message>
    <message>
        <source>the database is read-only: %1</source>
        <translation>la base de datos es de solo lectura: %1</translation>
    </message>
    <message>
        <source>the disk that holds the database is full; free some space and try again</source>
        <translation>el disco donde está la base de datos está lleno; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1: not a regular file; a URDesk database is a file</source>
        <translation>%1: no es un archivo normal; una base de datos de URDesk es un archivo</translation>
    </message>
    <message>
        <source>%1: marked as a URDesk database, but it holds no URDesk database of any version; it was left as it is</source>
        <translation>%1: marcado como base de datos de URDesk, pero no contiene ninguna base de datos de URDesk de ninguna versión; se dejó como estaba</translation>
    </message>
    <message numerus="yes">
        <source>%1: the database is damaged: %n table(s) missing (%2). Restore a backup; the file was left as it is.</source>
        <translation>
            <numerusform>%1: la base de datos está dañada: falta %n tabla (%2). Restaure una copia; el archivo se dejó como estaba.</numerusform>
            <numerusform>%1: la base de datos está dañada: faltan %n tablas (%2). Restaure una copia; el archivo se dejó como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this database is damaged (SQLite&apos;s check: %2); restore a backup. The file was left as it is.</source>
        <translation>%1: esta base de datos está dañada (comprobación de SQLite: %2); restaure una copia. El archivo se dejó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; y %n más</numerusform>
            <numerusform>%1; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database could not be checked (%2); it was left as it is. Try again.</source>
        <translation>%1: no se pudo comprobar la base de datos (%2); se dejó como estaba. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>urdesk::DecisionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 for %3 (%4)&lt;br&gt;Evaluation: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 para %3 (%4)&lt;br&gt;Evaluación: %5</translation>
    </message>
    <message>
        <source>Approved &amp;from:</source>
        <translation>Aprobado &amp;desde:</translation>
    </message>
    <message>
        <source>Approved &amp;to (last day):</source>
        <translation>Aprobado &amp;hasta (último día):</translation>
    </message>
    <message>
        <source>Approved &amp;quantity:</source>
        <translation>&amp;Cantidad aprobada:</translation>
    </message>
    <message>
        <source>The denial rests on these criteria (at least one; they go into the letter in plain language):</source>
        <translation>La denegación se basa en estos criterios (al menos uno; pasan a la carta en lenguaje sencillo):</translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Justificación (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation>&amp;Justificación (opcional):</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Registrar: %1</translation>
    </message>
    <message>
        <source>— choose the last day —</source>
        <translation>— elija el último día —</translation>
    </message>
    <message>
        <source>choose the approval&apos;s last day: the criteria are not all met, so the policy gives no period</source>
        <translation>elija el último día de la aprobación: no se cumplen todos los criterios, así que la política no da un período</translation>
    </message>
</context>
<context>
    <name>urdesk::DeterminationLetter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>case %1 has no determination yet: there is no letter to write</source>
        <translation>el caso %1 aún no tiene determinación: no hay carta que escribir</translation>
    </message>
</context>
<context>
    <name>urdesk::DrugRecognizer</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>urdesk::DrugSetReader</name>
    <message>
        <source>say what the list is: &quot;closedList&quot; (only the named drugs count) or &quot;openClass&quot; (any member of the classes counts; the policy&apos;s examples go in &quot;examples&quot;)</source>
        <translation>indique qué tipo de lista es: «closedList» (solo cuentan los medicamentos nombrados) u «openClass» (cuenta cualquier miembro de las clases; los ejemplos de la política van en «examples»)</translation>
    </message>
    <message>
        <source>a closed list has no examples: every drug is named</source>
        <translation>una lista cerrada no lleva ejemplos: se nombran todos los medicamentos</translation>
    </message>
    <message>
        <source>unknown drug class &quot;%1&quot;</source>
        <translation>clase de medicamento desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot;</source>
        <translation>vía desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the policy&apos;s diagnoses (%2)</source>
        <translation>«%1» no es uno de los diagnósticos de la política (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of %2 by the drug vocabulary</source>
        <translation>«%1» no pertenece a %2 según el vocabulario de medicamentos</translation>
    </message>
    <message>
        <source>name at least one drug</source>
        <translation>indique al menos un medicamento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ingredient of the drug vocabulary (docs/drug-vocabulary.md)</source>
        <translation>«%1» no es un principio activo del vocabulario de medicamentos (docs/drug-vocabulary.md)</translation>
    </message>
    <message>
        <source>unknown drug list &quot;%1&quot;</source>
        <translation>lista de medicamentos desconocida «%1»</translation>
    </message>
    <message>
        <source>drug lists include each other in a cycle: %1</source>
        <translation>las listas de medicamentos se incluyen entre sí en un ciclo: %1</translation>
    </message>
</context>
<context>
    <name>urdesk::DrugVocabulary</name>
    <message>
        <source>expected &quot;urdesk-drug-classes/1&quot; or &quot;urdesk-drugs/1&quot;</source>
        <translation>se esperaba «urdesk-drug-classes/1» o «urdesk-drugs/1»</translation>
    </message>
    <message>
        <source>drug vocabulary: no classes file (urdesk-drug-classes/1)</source>
        <translation>vocabulario de medicamentos: no hay archivo de clases (urdesk-drug-classes/1)</translation>
    </message>
    <message>
        <source>duplicate class &quot;%1&quot;</source>
        <translation>clase duplicada «%1»</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;</source>
        <translation>clase desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot;</source>
        <translation>vía desconocida «%1»</translation>
    </message>
    <message>
        <source>name at least one route</source>
        <translation>indique al menos una vía</translation>
    </message>
    <message>
        <source>expected low, medium, high or superHigh</source>
        <translation>se esperaba low, medium, high o superHigh</translation>
    </message>
    <message>
        <source>duplicate ingredient &quot;%1&quot;</source>
        <translation>principio activo duplicado «%1»</translation>
    </message>
    <message>
        <source>unknown ingredient &quot;%1&quot;</source>
        <translation>principio activo desconocido «%1»</translation>
    </message>
    <message>
        <source>ingredient &quot;%1&quot; has no route &quot;%2&quot;</source>
        <translation>el principio activo «%1» no tiene la vía «%2»</translation>
    </message>
    <message>
        <source>a product needs names, ingredients and routes</source>
        <translation>un producto necesita nombres, principios activos y vías</translation>
    </message>
</context>
<context>
    <name>urdesk::Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::EvaluationReport</name>
    <message>
        <source>APPLIES</source>
        <translation>APLICA</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/p</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NO CUMPLIDO</translation>
    </message>
    <message>
        <source>Policy:        %1, effective %2
</source>
        <translation>Política:      %1, vigente desde %2
</translation>
    </message>
    <message>
        <source>Request:       %1, %2
</source>
        <translation>Solicitud:     %1, %2
</translation>
    </message>
    <message>
        <source>Determination: %1
</source>
        <translation>Determinación: %1
</translation>
    </message>
    <message>
        <source>Approval:      %1 for what is approvable, %2 to %3
</source>
        <translation>Aprobación:    %1 para lo aprobable, %2 a %3
</translation>
    </message>
    <message>
        <source>  ask: %1
</source>
        <translation>  preguntar: %1
</translation>
    </message>
    <message>
        <source>  condition not covered: %1 — %2
</source>
        <translation>  afección no cubierta: %1 — %2
</translation>
    </message>
    <message>
        <source>  not met: %1 %2 — %3
</source>
        <translation>  no cumplido: %1 %2 — %3
</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation>Afecciones no cubiertas</translation>
    </message>
    <message>
        <source>  classify: %1
</source>
        <translation>  clasificar: %1
</translation>
    </message>
</context>
<context>
    <name>urdesk::Evaluator</name>
    <message>
        <source>not answered: %1</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>no aplica: %1</translation>
    </message>
    <message>
        <source>cannot tell whether this applies: %1</source>
        <translation>no se puede saber si aplica: %1</translation>
    </message>
    <message>
        <source>overridden as %1 by a medical director; evaluated: %2</source>
        <translation>dictaminado como %1 por un director médico; evaluado: %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>none of its criteria applies</source>
        <translation>no aplica ninguno de sus criterios</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>no cumplido: %1</translation>
    </message>
    <message>
        <source>information missing for %1</source>
        <translation>falta información para %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n met</source>
        <translation>
            <numerusform>se cumple el único</numerusform>
            <numerusform>se cumplen los %n</numerusform>
        </translation>
    </message>
    <message>
        <source>met by %1</source>
        <translation>cumplido por %1</translation>
    </message>
    <message>
        <source>none met yet; information missing for %1</source>
        <translation>ninguno cumplido aún; falta información para %1</translation>
    </message>
    <message numerus="yes">
        <source>none of %n met</source>
        <translation>
            <numerusform>no se cumple el único</numerusform>
            <numerusform>no se cumple ninguno de los %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 met (%3 needed)</source>
        <translation>%1 de %2 cumplidos (se necesitan %3)</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s) to %3; %4 needs %5 or earlier</source>
        <translation>
            <numerusform>%1 %2, %n día hasta %3; %4 requiere %5 o antes</numerusform>
            <numerusform>%1 %2, %n días hasta %3; %4 requiere %5 o antes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is after the request date %3</source>
        <translation>%1 %2 es posterior a la fecha de la solicitud %3</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4; needs %5</source>
        <translation>%1: %2 de %3 a %4; requiere %5</translation>
    </message>
    <message>
        <source>within %1–%2</source>
        <translation>dentro de %1–%2</translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation>fuera de %1–%2</translation>
    </message>
    <message>
        <source>birth date %1 is after the request date %2</source>
        <translation>la fecha de nacimiento %1 es posterior a la fecha de la solicitud %2</translation>
    </message>
    <message>
        <source>age %1 y %2 mo on %3 %4 %5 mo</source>
        <translation>%1 años y %2 meses el %3 %4 %5 meses</translation>
    </message>
    <message>
        <source>age %1 mo on %2 %3 %4</source>
        <translation>%1 meses el %2 %3 %4</translation>
    </message>
    <message>
        <source>age %1 y on %2 %3 %4</source>
        <translation>%1 años el %2 %3 %4</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 to %3, %n day(s), %4</source>
        <translation>
            <numerusform>%1 %2 a %3, %n día, %4</numerusform>
            <numerusform>%1 %2 a %3, %n días, %4</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>; %1 of the past %2 covered (%3 needed)</source>
        <translation>; %1 de los últimos %2 cubiertos (se necesitan %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: samples do not count</source>
        <translation>%1: las muestras no cuentan</translation>
    </message>
    <message>
        <source>%1: %2, %3 or higher needed</source>
        <translation>%1: %2, se necesita %3 o superior</translation>
    </message>
    <message>
        <source>%1 documented: satisfies the trial</source>
        <translation>%1 documentada: cumple la prueba terapéutica</translation>
    </message>
    <message>
        <source>%1: %2 needed</source>
        <translation>%1: se necesita %2</translation>
    </message>
    <message>
        <source>%1: no dates</source>
        <translation>%1: sin fechas</translation>
    </message>
    <message>
        <source>%1: starts after the request date</source>
        <translation>%1: empieza después de la fecha de la solicitud</translation>
    </message>
    <message>
        <source>%1: ended before %2 (the last %3)</source>
        <translation>%1: terminó antes del %2 (los últimos %3)</translation>
    </message>
    <message>
        <source>no %1 in the therapy history</source>
        <translation>no hay %1 en el historial de terapias</translation>
    </message>
    <message>
        <source>currently takes %1 (%2)</source>
        <translation>toma actualmente %1 (%2)</translation>
    </message>
    <message>
        <source>no other current drugs</source>
        <translation>ningún otro medicamento actual</translation>
    </message>
    <message>
        <source>current drugs (%1) are not %2</source>
        <translation>los medicamentos actuales (%1) no son %2</translation>
    </message>
    <message>
        <source>prescriber: %1</source>
        <translation>prescriptor: %1</translation>
    </message>
    <message>
        <source>prescriber: %1; %2</source>
        <translation>prescriptor: %1; %2</translation>
    </message>
    <message>
        <source>prescriber: %1; consulted: %2</source>
        <translation>prescriptor: %1; consultado: %2</translation>
    </message>
    <message>
        <source>the policy sets no quantity limit for %1</source>
        <translation>la política no fija límite de cantidad para %1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 a %3</translation>
    </message>
    <message>
        <source>Approvable under %1: %2</source>
        <translation>Aprobable según %1: %2</translation>
    </message>
    <message>
        <source>Approvable: %1</source>
        <translation>Aprobable: %1</translation>
    </message>
    <message>
        <source>; %1 %2 per %3 days</source>
        <translation>; %1 %2 cada %3 días</translation>
    </message>
    <message numerus="yes">
        <source>Pend for information: %n question(s) for the prescriber</source>
        <translation>
            <numerusform>Dejar pendiente de información: %n pregunta para el prescriptor</numerusform>
            <numerusform>Dejar pendiente de información: %n preguntas para el prescriptor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n condition(s) not covered apply</source>
        <translation>
            <numerusform>Remitir a un director médico: aplica %n afección no cubierta</numerusform>
            <numerusform>Remitir a un director médico: aplican %n afecciones no cubiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to a medical director: %1 %2 per %3 days approvable, %4 %2 beyond the limit</source>
        <translation>Remitir a un director médico: %1 %2 cada %3 días aprobables, %4 %2 por encima del límite</translation>
    </message>
    <message numerus="yes">
        <source>Refer to a medical director: %n criteria not met</source>
        <translation>
            <numerusform>Remitir a un director médico: %n criterio no cumplido</numerusform>
            <numerusform>Remitir a un director médico: %n criterios no cumplidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; information missing for %2</source>
        <translation>%1; falta información para %2</translation>
    </message>
    <message>
        <source>%1 %2 for %3 days at %4 exceeds the limit of %5 %2</source>
        <translation>%1 %2 para %3 días en %4 supera el límite de %5 %2</translation>
    </message>
    <message>
        <source>%1 %2 for %3 days at %4 is within the limit of %5 %2</source>
        <translation>%1 %2 para %3 días en %4 está dentro del límite de %5 %2</translation>
    </message>
    <message numerus="yes">
        <source> while on %1 (%n not)</source>
        <translation>
            <numerusform> durante el uso de %1 (%n fuera de él)</numerusform>
            <numerusform> durante el uso de %1 (%n fuera de él)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3 (%4 courses), %n day(s) used, %5</source>
        <translation>
            <numerusform>%1 de %2 a %3 (%4 tratamientos), %n día de uso, %5</numerusform>
            <numerusform>%1 de %2 a %3 (%4 tratamientos), %n días de uso, %5</numerusform>
        </translation>
    </message>
    <message>
        <source>its potency</source>
        <translation>su potencia</translation>
    </message>
    <message>
        <source>its class (&quot;%1&quot; not recognised)</source>
        <translation>su clase («%1» no reconocido)</translation>
    </message>
    <message>
        <source>its route</source>
        <translation>su vía</translation>
    </message>
    <message>
        <source>which drug it is</source>
        <translation>qué medicamento es</translation>
    </message>
    <message>
        <source>what it was used for (this condition or another)</source>
        <translation>para qué se usó (esta afección u otra)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the reviewer classifies %1; met if so: %2</source>
        <translation>el revisor clasifica %1; cumplido si es así: %2</translation>
    </message>
    <message>
        <source>%1: potency not known, %2 or higher needed</source>
        <translation>%1: potencia desconocida, se necesita %2 o superior</translation>
    </message>
    <message>
        <source>%1: at least %2 in a row needed</source>
        <translation>%1: se necesita al menos %2 de uso continuo</translation>
    </message>
    <message>
        <source>%1: more than %2 of use needed</source>
        <translation>%1: se necesita más de %2 de uso</translation>
    </message>
    <message>
        <source>%1: at least %2 of use needed</source>
        <translation>%1: se necesita al menos %2 de uso</translation>
    </message>
    <message>
        <source>%1: not a dated course of %2 by %3</source>
        <translation>%1: no es un tratamiento con fechas de %2 iniciado a más tardar el %3</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: not current on %4</source>
        <translation>%1 de %2 a %3: no estaba en curso el %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, %n day(s) to %3</source>
        <translation>
            <numerusform>%1 desde %2, %n día hasta %3</numerusform>
            <numerusform>%1 desde %2, %n días hasta %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 %3 needed</source>
        <translation>%1; se necesita %2 %3</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 used together from %3 to %4, %n day(s); %5, %6</source>
        <translation>
            <numerusform>%1 y %2 usados juntos de %3 a %4, %n día; %5, %6</numerusform>
            <numerusform>%1 y %2 usados juntos de %3 a %4, %n días; %5, %6</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 used together with a %2</source>
        <translation>no se usó %1 junto con %2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> durante %1</translation>
    </message>
    <message>
        <source> (%1 or higher)</source>
        <translation> (%1 o superior)</translation>
    </message>
    <message>
        <source>, each with %1</source>
        <translation>, cada uno con %1</translation>
    </message>
    <message>
        <source>; %1 still running in the therapy history but not among the current drugs</source>
        <translation>; %1 aún en curso en el historial de terapias, pero no entre los medicamentos actuales</translation>
    </message>
    <message>
        <source> (specialists for %1)</source>
        <translation> (especialistas en %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) of it counted</source>
        <translation>
            <numerusform>%1; se cuenta %n día</numerusform>
            <numerusform>%1; se cuentan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) for the reviewer to classify</source>
        <translation>
            <numerusform>%n medicamento que el revisor debe clasificar</numerusform>
            <numerusform>%n medicamentos que el revisor debe clasificar</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing information: %1</source>
        <translation>Falta información: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: used for another condition</source>
        <translation>%1: usado para otra afección</translation>
    </message>
    <message>
        <source>what &quot;%1&quot; means for it (correct the course)</source>
        <translation>qué significa «%1» para él (corrija el tratamiento)</translation>
    </message>
    <message>
        <source>%1: contraindicated, so not tried</source>
        <translation>%1: contraindicado, así que no se probó</translation>
    </message>
    <message>
        <source>no specialist area for %1</source>
        <translation>no hay un área de especialista para %1</translation>
    </message>
    <message>
        <source>Refer to a medical director: the request date %1 is before this policy took effect on %2</source>
        <translation>Remitir a un director médico: la fecha de la solicitud %1 es anterior a la entrada en vigor de esta política el %2</translation>
    </message>
    <message>
        <source>Refer to a medical director: the therapy history records an intolerance or contraindication to %1</source>
        <translation>Remitir a un director médico: el historial de tratamientos registra una intolerancia o contraindicación a %1</translation>
    </message>
</context>
<context>
    <name>urdesk::ExportPreviewDialog</name>
    <message>
        <source>Export Letter</source>
        <translation>Exportar carta</translation>
    </message>
    <message>
        <source>The letter templates cannot be used:
%1</source>
        <translation>No se pueden usar las plantillas de cartas:
%1</translation>
    </message>
    <message>
        <source>Export Case Record</source>
        <translation>Exportar expediente del caso</translation>
    </message>
    <message>
        <source>Nothing to export: %1.</source>
        <translation>Nada que exportar: %1.</translation>
    </message>
    <message>
        <source>Case Review Record — %1</source>
        <translation>Expediente de revisión del caso — %1</translation>
    </message>
    <message>
        <source>Determination Letter — %1</source>
        <translation>Carta de determinación — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Saving writes this PDF and records the export in the audit trail. It contains protected health information.</source>
        <translation>
            <numerusform>Una página. Al guardar se escribe este PDF y la exportación queda en el registro de auditoría. Contiene información de salud protegida.</numerusform>
            <numerusform>%n páginas. Al guardar se escribe este PDF y la exportación queda en el registro de auditoría. Contiene información de salud protegida.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Request for Information — %1</source>
        <translation>Pedido de información — %1</translation>
    </message>
</context>
<context>
    <name>urdesk::FactField</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>a whole number, please</source>
        <translation>un número entero, por favor</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2 %3</source>
        <translation>%1 está por debajo del mínimo %2 %3</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 %3</source>
        <translation>%1 está por encima del máximo %2 %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>one date, please</source>
        <translation>una sola fecha, por favor</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
    <message>
        <source>dates like %1, separated by commas</source>
        <translation>fechas como %1, separadas por comas</translation>
    </message>
    <message>
        <source>a date like %1</source>
        <translation>una fecha como %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it like %2</source>
        <translation>«%1» no es una fecha; escríbala como %2</translation>
    </message>
</context>
<context>
    <name>urdesk::FactJson</name>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected an array of dates</source>
        <translation>se esperaba una matriz de fechas</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>expected an array of options</source>
        <translation>se esperaba una matriz de opciones</translation>
    </message>
    <message>
        <source>expected an array of therapy courses</source>
        <translation>se esperaba una matriz de tratamientos</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown drug class &quot;%1&quot;</source>
        <translation>clase de medicamento desconocida «%1»</translation>
    </message>
    <message>
        <source>expected low, medium, high, superHigh or unknown</source>
        <translation>se esperaba low, medium, high, superHigh o unknown</translation>
    </message>
    <message>
        <source>expected none, failure, inadequateResponse, intolerance or contraindication</source>
        <translation>se esperaba none, failure, inadequateResponse, intolerance o contraindication</translation>
    </message>
    <message>
        <source>&quot;end&quot; is required: a date, or &quot;ongoing&quot;</source>
        <translation>«end» es obligatorio: una fecha u «ongoing»</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, or &quot;ongoing&quot;</source>
        <translation>se esperaba una fecha como AAAA-MM-DD u «ongoing»</translation>
    </message>
    <message>
        <source>expected an array of drugs</source>
        <translation>se esperaba una matriz de medicamentos</translation>
    </message>
    <message>
        <source>expected a drug name or object</source>
        <translation>se esperaba un nombre de medicamento o un objeto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot;</source>
        <translation>vía desconocida «%1»</translation>
    </message>
    <message>
        <source>expected thisCondition, otherCondition or unstated</source>
        <translation>se esperaba thisCondition, otherCondition o unstated</translation>
    </message>
</context>
<context>
    <name>urdesk::Json</name>
    <message>
        <source>line 1, column 1: expected a JSON object</source>
        <translation>línea 1, columna 1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>urdesk::JsonReader</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required</source>
        <translation>«%1» es obligatorio</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>se esperaba una matriz de textos</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected a duration such as {&quot;days&quot;: 28} or {&quot;months&quot;: 6}</source>
        <translation>se esperaba una duración como {&quot;days&quot;: 28} o {&quot;months&quot;: 6}</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 10000</source>
        <translation>se esperaba un número entero de 1 a 10000</translation>
    </message>
    <message>
        <source>unknown duration unit &quot;%1&quot; (days, weeks, months or years)</source>
        <translation>unidad de duración desconocida «%1» (days, weeks, months o years)</translation>
    </message>
    <message numerus="yes">
        <source>%1: ... and %n more error(s)</source>
        <translation>
            <numerusform>%1: ... y %n error más</numerusform>
            <numerusform>%1: ... y %n errores más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>urdesk::LetterKit</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text that is not empty</source>
        <translation>%1: «%2» debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>%1: &quot;appealDays&quot; needs &quot;%2&quot;: a number of days from 1 to 3650</source>
        <translation>%1: «appealDays» necesita «%2»: un número de días de 1 a 3650</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}</source>
        <translation>%1: marcador desconocido {%2}</translation>
    </message>
    <message>
        <source>%1: the list {%2} must stand alone on its line</source>
        <translation>%1: la lista {%2} debe ir sola en su línea</translation>
    </message>
    <message>
        <source>%1: the letter is empty</source>
        <translation>%1: la carta está vacía</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be the words it stands for</source>
        <translation>%1: «%2» debe ser las palabras que abrevia</translation>
    </message>
</context>
<context>
    <name>urdesk::LineOfBusiness</name>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Medicare Part D</source>
        <translation>Medicare Parte D</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
</context>
<context>
    <name>urdesk::LockScreen</name>
    <message>
        <source>&lt;h2&gt;URDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;URDesk está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>%1
Signed in: %2. The case data is hidden until you enter your password.</source>
        <translation>%1
Sesión iniciada: %2. Los datos de los casos quedan ocultos hasta que introduzca su contraseña.</translation>
    </message>
</context>
<context>
    <name>urdesk::MainWindow</name>
    <message>
        <source>URDesk — demonstration database</source>
        <translation>URDesk — base de datos de demostración</translation>
    </message>
    <message>
        <source>URDesk</source>
        <translation>URDesk</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Co&amp;la</translation>
    </message>
    <message>
        <source>Cases are for review nurses and medical directors. As an administrator you manage accounts (Account &gt; Manage Accounts) and backups.</source>
        <translation>Los casos son para enfermeras de revisión y directores médicos. Como administrador, usted gestiona las cuentas (Cuenta &gt; Administrar cuentas) y las copias de seguridad.</translation>
    </message>
    <message>
        <source>Polic&amp;ies</source>
        <translation>Política&amp;s</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto de inactividad.</numerusform>
            <numerusform>Bloqueado tras %n minutos de inactividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation>No se puede abrir el caso: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage policies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Políticas de cobertura&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Some policy files did not load:
%1</source>
        <translation>Algunos archivos de políticas no se cargaron:
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>Ce&amp;rrar caso</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)); the export is in the audit trail.</source>
        <translation>
            <numerusform>Guardado %1 (%n página); la exportación está en el registro de auditoría.</numerusform>
            <numerusform>Guardado %1 (%n páginas); la exportación está en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Case &amp;Record…</source>
        <translation>Exportar &amp;expediente del caso…</translation>
    </message>
    <message>
        <source>Export &amp;Letter…</source>
        <translation>Exportar &amp;carta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Case &amp;Queue</source>
        <translation>Cola de &amp;casos</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>Locked by %1.</source>
        <translation>Bloqueado por %1.</translation>
    </message>
    <message>
        <source>Manage &amp;Accounts…</source>
        <translation>Administrar &amp;cuentas…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The new interface language applies when URDesk next starts.</source>
        <translation>El nuevo idioma de la interfaz se aplica la próxima vez que se inicie URDesk.</translation>
    </message>
</context>
<context>
    <name>urdesk::NewCaseDialog</name>
    <message>
        <source>e.g. 300 mg/2 mL pen</source>
        <translation>p. ej., pluma de 300 mg/2 mL</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>Initial request</source>
        <translation>Solicitud inicial</translation>
    </message>
    <message>
        <source>Continuation (renewal)</source>
        <translation>Continuación (renovación)</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— no indicado —</translation>
    </message>
    <message>
        <source>Retail pharmacy</source>
        <translation>Farmacia minorista</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Envío a domicilio</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 %4</source>
        <translation>%1 (%2) — %3 %4</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Member &amp;id:</source>
        <translation>Número de &amp;afiliado:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>N&amp;ombre del afiliado:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>Letters in lan&amp;guage:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
    <message>
        <source>&amp;Line of business:</source>
        <translation>&amp;Línea de negocio:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>Strengt&amp;h and form:</source>
        <translation>Concentración y &amp;forma:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Canti&amp;dad:</translation>
    </message>
    <message>
        <source>Days &amp;supply:</source>
        <translation>Días de &amp;suministro:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Vía de dispensación:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Prescriptor:</translation>
    </message>
    <message>
        <source>Pr&amp;escriber NPI:</source>
        <translation>NPI del p&amp;rescriptor:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s specialt&amp;y:</source>
        <translation>&amp;Especialidad del prescriptor:</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>&amp;Tipo de solicitud:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Reci&amp;bida:</translation>
    </message>
    <message>
        <source>Cre&amp;ate Case</source>
        <translation>&amp;Crear caso</translation>
    </message>
    <message>
        <source>Carry over the answers of %1 (%2, %3, received %4)</source>
        <translation>Trasladar las respuestas de %1 (%2, %3, recibida el %4)</translation>
    </message>
    <message>
        <source>Reviewed under:
%1</source>
        <translation>Se revisa según:
%1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
</context>
<context>
    <name>urdesk::NotesPane</name>
    <message>
        <source>The notes cannot be read: %1</source>
        <translation>No se pueden leer las notas: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 (%3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 (%3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet. Add Note… writes one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay notas. Añadir nota… escribe una.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>urdesk::Policy</name>
    <message>
        <source>%1 %2 %3 (revision %4)</source>
        <translation>%1 %2 %3 (revisión %4)</translation>
    </message>
</context>
<context>
    <name>urdesk::PolicyCatalog</name>
    <message>
        <source>%1: the policy folder does not exist</source>
        <translation>%1: la carpeta de políticas no existe</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: policy %2 revision %3 is already loaded; this file is ignored</source>
        <translation>%1: la política %2 revisión %3 ya está cargada; se ignora este archivo</translation>
    </message>
</context>
<context>
    <name>urdesk::PolicyReader</name>
    <message>
        <source>unknown fact type &quot;%1&quot; (yesNo, number, date, dates, choice, multi, therapies, drugs)</source>
        <translation>tipo de dato desconocido «%1» (yesNo, number, date, dates, choice, multi, therapies, drugs)</translation>
    </message>
    <message>
        <source>minimum %1 is above maximum %2</source>
        <translation>el mínimo %1 es mayor que el máximo %2</translation>
    </message>
    <message>
        <source>unit and range apply to number facts only</source>
        <translation>la unidad y el rango solo se aplican a datos numéricos</translation>
    </message>
    <message>
        <source>a choice needs at least one option</source>
        <translation>una elección necesita al menos una opción</translation>
    </message>
    <message>
        <source>duplicate option &quot;%1&quot;</source>
        <translation>opción duplicada «%1»</translation>
    </message>
    <message>
        <source>options apply to choice and multi facts only</source>
        <translation>las opciones solo se aplican a datos choice y multi</translation>
    </message>
    <message>
        <source>duplicate fact &quot;%1&quot;</source>
        <translation>dato duplicado «%1»</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;</source>
        <translation>dato desconocido «%1»</translation>
    </message>
    <message>
        <source>duplicate drug list &quot;%1&quot;</source>
        <translation>lista de medicamentos duplicada «%1»</translation>
    </message>
    <message>
        <source>more than %1 drug lists</source>
        <translation>más de %1 listas de medicamentos</translation>
    </message>
    <message>
        <source>unknown drug list &quot;%1&quot;</source>
        <translation>lista de medicamentos desconocida «%1»</translation>
    </message>
    <message>
        <source>name at least one drug list</source>
        <translation>indique al menos una lista de medicamentos</translation>
    </message>
    <message>
        <source>expected a criterion object</source>
        <translation>se esperaba un objeto de criterio</translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation>identificador de criterio duplicado «%1»</translation>
    </message>
    <message>
        <source>a criterion is one of all, one, atLeast/of or not</source>
        <translation>un criterio es all, one, atLeast/of o not</translation>
    </message>
    <message>
        <source>&quot;of&quot; needs &quot;atLeast&quot;: a whole number ≥ 1</source>
        <translation>«of» necesita «atLeast»: un número entero ≥ 1</translation>
    </message>
    <message>
        <source>expected a non-empty array of criteria</source>
        <translation>se esperaba una matriz de criterios no vacía</translation>
    </message>
    <message>
        <source>at least %1 of %2 criteria can never be met</source>
        <translation>nunca se pueden cumplir al menos %1 de %2 criterios</translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is %2; %3</source>
        <translation>el dato «%1» es %2; %3</translation>
    </message>
    <message>
        <source>this test needs a number fact</source>
        <translation>esta prueba necesita un dato numérico</translation>
    </message>
    <message>
        <source>&quot;is&quot; needs a yesNo fact</source>
        <translation>«is» necesita un dato yesNo</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a choice or multi fact</source>
        <translation>«in» necesita un dato choice o multi</translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>el dato «%1» no tiene la opción «%2»</translation>
    </message>
    <message>
        <source>&quot;countWithin&quot; needs a dates fact</source>
        <translation>«countWithin» necesita un dato dates</translation>
    </message>
    <message>
        <source>&quot;countWithin&quot; needs &quot;atLeast&quot;: a count ≥ 1</source>
        <translation>«countWithin» necesita «atLeast»: un recuento ≥ 1</translation>
    </message>
    <message>
        <source>&quot;sinceAtLeast&quot; needs a date fact</source>
        <translation>«sinceAtLeast» necesita un dato date</translation>
    </message>
    <message>
        <source>expected [low, high]</source>
        <translation>se esperaba [low, high]</translation>
    </message>
    <message>
        <source>a fact test needs is, in, atLeast, atMost, greaterThan, lessThan, between, sinceAtLeast or countWithin</source>
        <translation>una prueba de dato necesita is, in, atLeast, atMost, greaterThan, lessThan, between, sinceAtLeast o countWithin</translation>
    </message>
    <message>
        <source>unknown request type &quot;%1&quot;</source>
        <translation>tipo de solicitud desconocido «%1»</translation>
    </message>
    <message>
        <source>age is in years or months</source>
        <translation>la edad se expresa en años o meses</translation>
    </message>
    <message>
        <source>expected a whole number of %1</source>
        <translation>se esperaba un número entero de %1</translation>
    </message>
    <message>
        <source>unknown specialty &quot;%1&quot;</source>
        <translation>especialidad desconocida «%1»</translation>
    </message>
    <message>
        <source>expected true</source>
        <translation>se esperaba true</translation>
    </message>
    <message>
        <source>a criterion needs a test (fact, requestType, age, therapy, concomitant, currentDrug, prescriber, quantityExceedsLimit) or children (all, one, atLeast/of, not)</source>
        <translation>un criterio necesita una prueba (fact, requestType, age, therapy, concomitant, currentDrug, prescriber, quantityExceedsLimit) o hijos (all, one, atLeast/of, not)</translation>
    </message>
    <message>
        <source>expected a therapy query object</source>
        <translation>se esperaba un objeto de consulta de terapia</translation>
    </message>
    <message>
        <source>a therapy query needs &quot;lists&quot; or &quot;requestedDrug&quot;: true</source>
        <translation>una consulta de terapia necesita «lists» o «requestedDrug»: true</translation>
    </message>
    <message>
        <source>expected low, medium, high or superHigh</source>
        <translation>se esperaba low, medium, high o superHigh</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>resultado desconocido «%1»</translation>
    </message>
    <message>
        <source>use minimumDuration or longerThan, not both</source>
        <translation>use minimumDuration o longerThan, no ambos</translation>
    </message>
    <message>
        <source>expected an array of facts</source>
        <translation>se esperaba una matriz de datos</translation>
    </message>
    <message>
        <source>askWhen conditions depend on each other in a cycle: %1</source>
        <translation>las condiciones askWhen dependen entre sí en un ciclo: %1</translation>
    </message>
    <message>
        <source>expected &quot;urdesk-common/1&quot;</source>
        <translation>se esperaba «urdesk-common/1»</translation>
    </message>
    <message>
        <source>shared facts cannot have askWhen</source>
        <translation>los datos compartidos no pueden tener askWhen</translation>
    </message>
    <message>
        <source>expected &quot;urdesk-policy/1&quot;</source>
        <translation>se esperaba «urdesk-policy/1»</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, dots and hyphens</source>
        <translation>use letras minúsculas, dígitos, puntos y guiones</translation>
    </message>
    <message>
        <source>&quot;effectiveDate&quot; is required</source>
        <translation>«effectiveDate» es obligatorio</translation>
    </message>
    <message>
        <source>expected priorAuthorization or quantityLimit</source>
        <translation>se esperaba priorAuthorization o quantityLimit</translation>
    </message>
    <message>
        <source>expected a whole number of days from 28 to 31</source>
        <translation>se esperaba un número entero de días de 28 a 31</translation>
    </message>
    <message>
        <source>name at least one covered drug</source>
        <translation>indique al menos un medicamento cubierto</translation>
    </message>
    <message>
        <source>the requested drug</source>
        <translation>el medicamento solicitado</translation>
    </message>
    <message>
        <source>&quot;criteria&quot; is required</source>
        <translation>«criteria» es obligatorio</translation>
    </message>
    <message>
        <source>a quantityLimit policy needs &quot;quantityLimits&quot;</source>
        <translation>una política quantityLimit necesita «quantityLimits»</translation>
    </message>
    <message>
        <source>quantityExceedsLimit needs &quot;quantityLimits&quot;</source>
        <translation>quantityExceedsLimit necesita «quantityLimits»</translation>
    </message>
    <message>
        <source>expected at least one limit</source>
        <translation>se esperaba al menos un límite</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal desconocido «%1»</translation>
    </message>
    <message>
        <source>expected a quantity above 0</source>
        <translation>se esperaba una cantidad mayor que 0</translation>
    </message>
    <message>
        <source>expected a whole number of days ≥ 1</source>
        <translation>se esperaba un número entero de días ≥ 1</translation>
    </message>
    <message>
        <source>(shared facts)</source>
        <translation>(datos compartidos)</translation>
    </message>
    <message>
        <source>(shared drug lists)</source>
        <translation>(listas de medicamentos compartidas)</translation>
    </message>
    <message>
        <source>byDiagnosis needs the policy&apos;s &quot;diagnosis&quot; fact</source>
        <translation>byDiagnosis necesita el dato «diagnosis» de la política</translation>
    </message>
    <message>
        <source>unknown diagnosis &quot;%1&quot;</source>
        <translation>diagnóstico desconocido «%1»</translation>
    </message>
    <message>
        <source>name the specialists of each diagnosis</source>
        <translation>indique los especialistas de cada diagnóstico</translation>
    </message>
    <message>
        <source>&quot;consecutive&quot; qualifies a minimumDuration of a past trial</source>
        <translation>«consecutive» solo se aplica a un minimumDuration de una prueba terapéutica pasada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ingredient of the drug vocabulary</source>
        <translation>«%1» no es un principio activo del vocabulario de medicamentos</translation>
    </message>
    <message>
        <source>%1 has no route &quot;%2&quot; (%3)</source>
        <translation>%1 no tiene la vía «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 has several routes (%2): say which one is covered</source>
        <translation>%1 tiene varias vías (%2): indique cuál está cubierta</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
</context>
<context>
    <name>urdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>URDesk shows a new language from its next start. Letters are written in each member&apos;s language, chosen on the case.</source>
        <translation>URDesk muestra un nuevo idioma a partir de su próximo inicio. Las cartas se escriben en el idioma de cada afiliado, elegido en el caso.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>urdesk::PrivateFiles</name>
    <message>
        <source>only an administrator repairs the database&apos;s permissions</source>
        <translation>solo un administrador repara los permisos de la base de datos</translation>
    </message>
    <message>
        <source>%1: cannot change its permissions</source>
        <translation>%1: no se pueden cambiar sus permisos</translation>
    </message>
    <message>
        <source>made readable by their owner only</source>
        <translation>solo su propietario puede leerlos ahora</translation>
    </message>
</context>
<context>
    <name>urdesk::ReviewRecord</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 for a %2-day supply</source>
        <translation>%1 para un suministro de %2 días</translation>
    </message>
    <message>
        <source>home delivery</source>
        <translation>envío a domicilio</translation>
    </message>
    <message>
        <source>retail pharmacy</source>
        <translation>farmacia minorista</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <source>%1, member id %2, born %3</source>
        <translation>%1, número de afiliado %2, nacido el %3</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Quantity requested</source>
        <translation>Cantidad solicitada</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Continuation (renewal)</source>
        <translation>Continuación (renovación)</translation>
    </message>
    <message>
        <source>Initial request</source>
        <translation>Solicitud inicial</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Cartas en</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>%1, NPI %2</source>
        <translation>%1, NPI %2</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Decisión antes de</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>%1 %2, %3; revision %4, effective %5</source>
        <translation>%1 %2, %3; revisión %4, vigente desde %5</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <source>No determination has been made on this case yet (status: %1).</source>
        <translation>Aún no se ha tomado una determinación en este caso (estado: %1).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Approval period</source>
        <translation>Período de aprobación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Approved quantity</source>
        <translation>Cantidad aprobada</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Criterios no cumplidos</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>(none: criteria met)</source>
        <translation>(ninguno: criterios cumplidos)</translation>
    </message>
    <message>
        <source>Criteria as evaluated at the decision</source>
        <translation>Criterios según se evaluaron en la decisión</translation>
    </message>
    <message>
        <source>Criteria as evaluated now (no decision yet)</source>
        <translation>Criterios según se evalúan ahora (aún sin decisión)</translation>
    </message>
    <message>
        <source>Evaluation: %1. Request date %2.</source>
        <translation>Evaluación: %1. Fecha de la solicitud %2.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Met (overridden)</source>
        <translation>Cumplido (dictaminado)</translation>
    </message>
    <message>
        <source>Not met (overridden)</source>
        <translation>No cumplido (dictaminado)</translation>
    </message>
    <message>
        <source>%1
Overridden by %2 on %3: %4</source>
        <translation>%1
Dictaminado por %2 el %3: %4</translation>
    </message>
    <message>
        <source>Conditions not covered</source>
        <translation>Afecciones no cubiertas</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Introducido</translation>
    </message>
    <message>
        <source>Carried over from an earlier case</source>
        <translation>Trasladado de un caso anterior</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Facts entered</source>
        <translation>Datos introducidos</translation>
    </message>
    <message>
        <source>No answers are recorded.</source>
        <translation>No hay respuestas registradas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Audit trail summary</source>
        <translation>Resumen del registro de auditoría</translation>
    </message>
    <message>
        <source>No audit rows for this case.</source>
        <translation>No hay filas de auditoría para este caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) for this case, from %1 to %2. Newest row %3, hash %4.</source>
        <translation>
            <numerusform>%n fila de auditoría para este caso, de %1 a %2. Fila más reciente %3, hash %4.</numerusform>
            <numerusform>%n filas de auditoría para este caso, de %1 a %2. Fila más reciente %3, hash %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Case review record</source>
        <translation>Expediente de revisión del caso</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Contains protected health information</source>
        <translation>Contiene información de salud protegida</translation>
    </message>
    <message>
        <source>Produced %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Case review record — %1</source>
        <translation>Expediente de revisión del caso — %1</translation>
    </message>
    <message>
        <source>Not applicable to this case, left out: %1.</source>
        <translation>No se aplica a este caso, se omite: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>urdesk::Role</name>
    <message>
        <source>Review nurse</source>
        <translation>Enfermera de revisión</translation>
    </message>
    <message>
        <source>Medical director</source>
        <translation>Director médico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>urdesk::RowSeals</name>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>tabla %1, fila %2: %3</translation>
    </message>
    <message>
        <source>cannot watch the rows that need sealing: %1</source>
        <translation>no se pueden vigilar las filas que hay que sellar: %1</translation>
    </message>
    <message>
        <source>internal error: %1 is not a sealed table</source>
        <translation>error interno: %1 no es una tabla sellada</translation>
    </message>
    <message>
        <source>the rows could not be sealed: %1</source>
        <translation>no se pudieron sellar las filas: %1</translation>
    </message>
    <message>
        <source>added outside URDesk (no action of URDesk wrote it)</source>
        <translation>añadida fuera de URDesk (ninguna acción de URDesk la escribió)</translation>
    </message>
    <message>
        <source>added outside URDesk after audit row %1 deleted it</source>
        <translation>añadida fuera de URDesk después de que la fila de auditoría %1 la borrara</translation>
    </message>
    <message>
        <source>changed outside URDesk since audit row %1 wrote it</source>
        <translation>cambiada fuera de URDesk desde que la escribió la fila de auditoría %1</translation>
    </message>
    <message>
        <source>deleted outside URDesk after audit row %1 wrote it</source>
        <translation>borrada fuera de URDesk después de que la escribiera la fila de auditoría %1</translation>
    </message>
</context>
<context>
    <name>urdesk::SecuritySettings</name>
    <message>
        <source>only an administrator sets the idle lock</source>
        <translation>solo un administrador configura el bloqueo por inactividad</translation>
    </message>
    <message>
        <source>the idle lock takes %1 to %2 minutes, not %3</source>
        <translation>el bloqueo por inactividad admite de %1 a %2 minutos, no %3</translation>
    </message>
</context>
<context>
    <name>urdesk::Session</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>urdesk::SignInDialog</name>
    <message>
        <source>Sign In to URDesk</source>
        <translation>Iniciar sesión en URDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in with your personal account.&lt;/b&gt;&lt;br&gt;Accounts are never shared: everything you do is recorded under your name.</source>
        <translation>&lt;b&gt;Inicie sesión con su cuenta personal.&lt;/b&gt;&lt;br&gt;Las cuentas nunca se comparten: todo lo que haga queda registrado a su nombre.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Demonstration database with fictitious cases.
%1</source>
        <translation>Base de datos de demostración con casos ficticios.
%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in &amp;as:</source>
        <translation>&amp;Entrar como:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation>introduzca su nombre de usuario</translation>
    </message>
</context>
<context>
    <name>urdesk::SignInFlow</name>
    <message>
        <source>URDesk</source>
        <translation>URDesk</translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation>No se pueden leer las cuentas: %1</translation>
    </message>
</context>
<context>
    <name>urdesk::Status</name>
    <message>
        <source>Applies</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No procede</translation>
    </message>
</context>
<context>
    <name>urdesk::Therapy</name>
    <message>
        <source>no outcome documented</source>
        <translation>sin resultado documentado</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fracaso</translation>
    </message>
    <message>
        <source>inadequate response</source>
        <translation>respuesta inadecuada</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>intolerancia</translation>
    </message>
    <message>
        <source>contraindication</source>
        <translation>contraindicación</translation>
    </message>
    <message>
        <source>potency unknown</source>
        <translation>potencia desconocida</translation>
    </message>
    <message>
        <source>low potency</source>
        <translation>potencia baja</translation>
    </message>
    <message>
        <source>medium potency</source>
        <translation>potencia media</translation>
    </message>
    <message>
        <source>high potency</source>
        <translation>potencia alta</translation>
    </message>
    <message>
        <source>super-high potency</source>
        <translation>potencia muy alta</translation>
    </message>
</context>
<context>
    <name>urdesk::TherapyTable</name>
    <message>
        <source>Takes no other drugs</source>
        <translation>No toma otros medicamentos</translation>
    </message>
    <message>
        <source>No therapies tried</source>
        <translation>No se probaron terapias</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Potency</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End (empty: ongoing)</source>
        <translation>Fin (vacío: en curso)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Add &amp;Drug</source>
        <translation>Añadir &amp;medicamento</translation>
    </message>
    <message>
        <source>Add Co&amp;urse</source>
        <translation>Añadir t&amp;ratamiento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Samples never count towards a criterion</source>
        <translation>Las muestras nunca cuentan para un criterio</translation>
    </message>
    <message>
        <source>row %1: name the drug</source>
        <translation>fila %1: indique el medicamento</translation>
    </message>
    <message>
        <source>row %1: the course ends before it starts</source>
        <translation>fila %1: el tratamiento termina antes de empezar</translation>
    </message>
    <message>
        <source>%1 (incomplete rows are not counted yet)</source>
        <translation>%1 (las filas incompletas aún no se cuentan)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usado para</translation>
    </message>
    <message>
        <source>name, brand or pharmacy string</source>
        <translation>nombre, marca o texto de la farmacia</translation>
    </message>
    <message>
        <source>The class of a drug URDesk does not recognise</source>
        <translation>La clase de un medicamento que URDesk no reconoce</translation>
    </message>
    <message>
        <source>How the drug is used, where its classes depend on it</source>
        <translation>Cómo se usa el medicamento, cuando sus clases dependen de ello</translation>
    </message>
    <message>
        <source>A topical corticosteroid&apos;s potency, where its name does not say it</source>
        <translation>La potencia de un corticosteroide tópico, cuando su nombre no la indica</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>This condition</source>
        <translation>Esta afección</translation>
    </message>
    <message>
        <source>Another condition</source>
        <translation>Otra afección</translation>
    </message>
    <message>
        <source>What the course was for, where a policy asks (&quot;for the treatment of AD&quot;); a course for another condition counts only as a drug taken</source>
        <translation>Para qué fue el tratamiento, cuando una política lo pregunta («para el tratamiento de la DA»); un tratamiento para otra afección solo cuenta como un medicamento tomado</translation>
    </message>
    <message>
        <source>Not recognised: choose its class</source>
        <translation>No reconocido: elija su clase</translation>
    </message>
    <message>
        <source>%1; &quot;%2&quot; not recognised: choose its class</source>
        <translation>%1; «%2» no reconocido: elija su clase</translation>
    </message>
    <message>
        <source>Classified as %1</source>
        <translation>Clasificado como %1</translation>
    </message>
    <message>
        <source>%1; choose the route</source>
        <translation>%1; elija la vía</translation>
    </message>
    <message>
        <source>Under each drug, what URDesk recognised in its name. A drug it does not recognise needs its class; one whose classes depend on how it is used needs its route.</source>
        <translation>Bajo cada medicamento, lo que URDesk reconoció en su nombre. Un medicamento que no reconoce necesita su clase; uno cuyas clases dependen de cómo se usa necesita su vía.</translation>
    </message>
    <message>
        <source>as recognised</source>
        <translation>según se reconoce</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>según se escribe</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Drug, recognised as</source>
        <translation>Medicamento, reconocido como</translation>
    </message>
    <message>
        <source>%1; &quot;%2&quot;: say how it was used, in the dates and outcome</source>
        <translation>%1; «%2»: indique cómo se usó, en las fechas y el resultado</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>row %1: choose the outcome (&quot;%2&quot; if none is documented)</source>
        <translation>fila %1: elija el resultado («%2» si no consta ninguno)</translation>
    </message>
    <message>
        <source>A date, like %1</source>
        <translation>Una fecha, como %1</translation>
    </message>
    <message>
        <source>row %1: the start date is needed (like %2), unless the outcome is intolerance or contraindication</source>
        <translation>fila %1: falta la fecha de inicio (como %2), salvo que el resultado sea intolerancia o contraindicación</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a date; write it like %3</source>
        <translation>fila %1: «%2» no es una fecha; escríbala como %3</translation>
    </message>
</context>
<context>
    <name>urdesk::TimeLeft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decidido</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>VENCIDO hace %1</translation>
    </message>
    <message>
        <source>due soon: %1 left</source>
        <translation>vence pronto: quedan %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>urdesk::Urgency</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Acelerada</translation>
    </message>
</context>
<context>
    <name>urdesk::cli</name>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>%1  %2 %3  revision %4, effective %5
      %6
</source>
        <translation>%1  %2 %3  revisión %4, vigente desde %5
      %6
</translation>
    </message>
    <message>
        <source>Policy files to check.</source>
        <translation>Archivos de políticas que comprobar.</translation>
    </message>
    <message>
        <source>lint: name at least one policy file</source>
        <translation>lint: indique al menos un archivo de políticas</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: ok (%2 %3, revision %4: %5 criteria, %6 facts)</source>
        <translation>%1: correcto (%2 %3, revisión %4: %5 criterios, %6 datos)</translation>
    </message>
    <message>
        <source>A case file (docs/case-format.md).</source>
        <translation>Un archivo de caso (docs/case-format.md).</translation>
    </message>
    <message>
        <source>Print the determination and checklist as JSON.</source>
        <translation>Imprimir la determinación y la lista de verificación como JSON.</translation>
    </message>
    <message>
        <source>Exit with 1 when the result differs from the file&apos;s &quot;expect&quot; block.</source>
        <translation>Salir con 1 cuando el resultado difiera del bloque «expect» del archivo.</translation>
    </message>
    <message>
        <source>evaluate: name one case file</source>
        <translation>evaluate: indique un archivo de caso</translation>
    </message>
    <message>
        <source>Only cases with this status (new, inReview, pended, referred, approved, partiallyApproved, denied, withdrawn); may be given more than once.</source>
        <translation>Solo los casos con este estado (new, inReview, pended, referred, approved, partiallyApproved, denied, withdrawn); puede indicarse más de una vez.</translation>
    </message>
    <message>
        <source>cases: unknown status &quot;%1&quot;</source>
        <translation>cases: estado desconocido «%1»</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5
</source>
        <translation>%1  %2  %3  %4  %5
</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Vence (UTC)</translation>
    </message>
    <message>
        <source>How many fictitious cases to add.</source>
        <translation>Cuántos casos ficticios añadir.</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1).</source>
        <translation>Semilla de las elecciones aleatorias (predeterminada: 1).</translation>
    </message>
    <message>
        <source>seed: --cases takes a whole number from 1 to 10000000</source>
        <translation>seed: --cases admite un número entero de 1 a 10000000</translation>
    </message>
    <message>
        <source>seed: %1</source>
        <translation>seed: %1</translation>
    </message>
    <message>
        <source>audit: the command is &quot;audit verify&quot;</source>
        <translation>audit: la orden es «audit verify»</translation>
    </message>
    <message>
        <source>audit trail BROKEN: %1</source>
        <translation>registro de auditoría ROTO: %1</translation>
    </message>
    <message>
        <source>first broken row: %1</source>
        <translation>primera fila rota: %1</translation>
    </message>
    <message>
        <source>newest hash: %1</source>
        <translation>hash más reciente: %1</translation>
    </message>
    <message>
        <source>also recorded in: %1</source>
        <translation>registrado también en: %1</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Dónde escribir la copia.</translation>
    </message>
    <message>
        <source>backup: name the file to write</source>
        <translation>backup: indique el archivo que escribir</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (checked)</source>
        <translation>copia de %1 guardada en %2 (comprobada)</translation>
    </message>
    <message>
        <source>A backup written by &quot;urdesk-cli backup&quot;.</source>
        <translation>Una copia escrita por «urdesk-cli backup».</translation>
    </message>
    <message>
        <source>restore: name the backup file</source>
        <translation>restore: indique el archivo de copia</translation>
    </message>
    <message>
        <source>the administrator did not sign in</source>
        <translation>el administrador no inició sesión</translation>
    </message>
    <message>
        <source>The case number (PA-2026-000042); leave out for a batch.</source>
        <translation>El número de caso (PA-2026-000042); omítalo para un lote.</translation>
    </message>
    <message>
        <source>Export the case review record.</source>
        <translation>Exportar el expediente de revisión del caso.</translation>
    </message>
    <message>
        <source>Export the determination letter.</source>
        <translation>Exportar la carta de determinación.</translation>
    </message>
    <message>
        <source>The PDF file to write (one case).</source>
        <translation>El archivo PDF que escribir (un caso).</translation>
    </message>
    <message>
        <source>The folder for a batch: one CASE-record.pdf / CASE-letter.pdf each.</source>
        <translation>La carpeta para un lote: un CASE-record.pdf / CASE-letter.pdf por caso.</translation>
    </message>
    <message>
        <source>Batch: only cases with this status; may be given more than once.</source>
        <translation>Lote: solo los casos con este estado; puede indicarse más de una vez.</translation>
    </message>
    <message>
        <source>Batch: only cases decided on or after this day (UTC).</source>
        <translation>Lote: solo los casos decididos este día o después (UTC).</translation>
    </message>
    <message>
        <source>Letter templates to use instead of the built-in ones, file by file (default: %1).</source>
        <translation>Plantillas de cartas que usar en lugar de las incorporadas, archivo por archivo (predeterminada: %1).</translation>
    </message>
    <message>
        <source>export: say what to export: --record, --letter or both</source>
        <translation>export: indique qué exportar: --record, --letter o ambos</translation>
    </message>
    <message>
        <source>export: name one case, or none for a batch</source>
        <translation>export: indique un caso, o ninguno para un lote</translation>
    </message>
    <message>
        <source>export: one case takes --record or --letter, and --out FILE.pdf</source>
        <translation>export: un caso admite --record o --letter, y --out FILE.pdf</translation>
    </message>
    <message>
        <source>export: --out-dir, --status and --decided-since are for a batch</source>
        <translation>export: --out-dir, --status y --decided-since son para un lote</translation>
    </message>
    <message>
        <source>export: a batch writes to --out-dir DIR</source>
        <translation>export: un lote escribe en --out-dir DIR</translation>
    </message>
    <message>
        <source>export: unknown status &quot;%1&quot;</source>
        <translation>export: estado desconocido «%1»</translation>
    </message>
    <message>
        <source>export: --decided-since takes a day as YYYY-MM-DD</source>
        <translation>export: --decided-since admite un día como AAAA-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s), SHA-256 %2)</source>
        <translation>
            <numerusform>escrito %1 (%n página, SHA-256 %2)</numerusform>
            <numerusform>escrito %1 (%n páginas, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>export: cannot make the folder %1</source>
        <translation>export: no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>%1: say who you are with --user NAME (the password is asked for, or read from standard input)</source>
        <translation>%1: indique quién es con --user NAME (la contraseña se pide, o se lee de la entrada estándar)</translation>
    </message>
    <message>
        <source>%1: --role takes %2</source>
        <translation>%1: --role admite %2</translation>
    </message>
    <message>
        <source>%1: cannot sign in: %2</source>
        <translation>%1: no se puede iniciar sesión: %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
    <message>
        <source>%1 of %2 documents written, %3 failed</source>
        <translation>%1 de %2 documentos escritos, %3 con error</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious case(s) added to %1</source>
        <translation>
            <numerusform>%n caso ficticio añadido a %1</numerusform>
            <numerusform>%n casos ficticios añadidos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit trail intact: %n row(s)</source>
        <translation>
            <numerusform>registro de auditoría íntegro: %n fila</numerusform>
            <numerusform>registro de auditoría íntegro: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1</source>
        <translation>
            <numerusform>%n documento escrito en %1</numerusform>
            <numerusform>%n documentos escritos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) have no letter yet</source>
        <translation>
            <numerusform>%n caso abierto aún no tiene carta</numerusform>
            <numerusform>%n casos abiertos aún no tienen carta</numerusform>
        </translation>
    </message>
    <message>
        <source>; use --init to create one</source>
        <translation>; use --init para crearla</translation>
    </message>
    <message>
        <source>the database %1 is ready; the first administrator is created by signing in to urdesk</source>
        <translation>la base de datos %1 está lista; el primer administrador se crea al iniciar sesión en urdesk</translation>
    </message>
    <message>
        <source>Replace DEST if it exists.</source>
        <translation>Sustituye DEST si ya existe.</translation>
    </message>
    <message>
        <source>backup: %1 already exists; add --force to replace it</source>
        <translation>backup: %1 ya existe; añada --force para sustituirlo</translation>
    </message>
    <message>
        <source>seed: no letters filed: %1</source>
        <translation>seed: no se archivó ninguna carta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) filed with their cases</source>
        <translation>
            <numerusform>%n carta archivada con su caso</numerusform>
            <numerusform>%n cartas archivadas con sus casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and every row it sealed.</source>
        <translation>Comprueba la cadena de hashes del registro de auditoría y cada fila que selló.</translation>
    </message>
    <message numerus="yes">
        <source>rows of cases, facts, decisions, notes, documents and accounts as the trail&apos;s actions left them: %n</source>
        <translation>
            <numerusform>filas de casos, datos, decisiones, notas, documentos y cuentas tal como las dejaron las acciones del registro: %n</numerusform>
            <numerusform>filas de casos, datos, decisiones, notas, documentos y cuentas tal como las dejaron las acciones del registro: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save each case and each letter on its own, and print a line for each once it is saved.</source>
        <translation>Guarda cada caso y cada carta por separado, e imprime una línea por cada uno en cuanto se guarda.</translation>
    </message>
    <message>
        <source>seed: %1 already exists; adding fictitious cases to it needs an administrator&apos;s sign-in (--user NAME)</source>
        <translation>seed: %1 ya existe; añadirle casos ficticios requiere la sesión de un administrador (--user NAME)</translation>
    </message>
    <message>
        <source>%1: no password given for %2 (type it when asked, or give it as one line on standard input)</source>
        <translation>%1: no se indicó ninguna contraseña para %2 (escríbala cuando se pida, o désela como una línea en la entrada estándar)</translation>
    </message>
    <message>
        <source>warning: other users of this computer can read the database&apos;s files: %1. An administrator makes them owner-only with &quot;urdesk-cli --database %2 --user NAME repair-permissions&quot;.</source>
        <translation>aviso: otros usuarios de este equipo pueden leer los archivos de la base de datos: %1. Un administrador los deja solo para su propietario con &quot;urdesk-cli --database %2 --user NAME repair-permissions&quot;.</translation>
    </message>
    <message>
        <source>repair-permissions: %1</source>
        <translation>repair-permissions: %1</translation>
    </message>
    <message>
        <source>the database&apos;s files were already owner-only</source>
        <translation>los archivos de la base de datos ya eran solo de su propietario</translation>
    </message>
    <message>
        <source>made owner-only: %1</source>
        <translation>ahora solo de su propietario: %1</translation>
    </message>
    <message>
        <source>Usage: urdesk-cli [--policies DIR] [--database FILE] [--user NAME] COMMAND [OPTIONS]

Commands:
  policies [--json]               list the loaded policies
  lint FILE...                    check policy files
  evaluate CASE.json [--json] [--check]
                                  evaluate a case file against its policy
  cases [--status S] [--json]     list the cases in the database (*)
  seed --cases N [--list]         add N fictitious cases: a new FILE becomes a
                                  demonstration database; an existing one needs an
                                  administrator&apos;s sign-in (*)
  audit verify                    check the audit trail&apos;s hash chain (*)
  backup DEST [--force]           write a checked copy of the database; --force
                                  replaces an existing DEST (*)
  restore SOURCE                  put a backup in place; the database there is kept
                                  (*, signed in against the backup)
  repair-permissions              make the database&apos;s files readable by their owner
                                  only (*)
  export CASE --record|--letter --out FILE.pdf
                                  write a case&apos;s review record or letter (*)
  export --record|--letter [--status S] [--decided-since DATE] --out-dir DIR
                                  the same for many cases, with a progress line (*)

Options:
  --policies DIR                  also load the policy files in DIR
  --database FILE                 the database (default: URDesk&apos;s data folder)
  --init                          create the database if there is none (alone: only
                                  that); without it a missing file is an error
  --user NAME                     (*) sign in as NAME; the password is asked for,
                                  or read as one line from standard input
  --role ROLE                     reviewNurse, medicalDirector or administrator, when
                                  the account holds more than one
  COMMAND --help                  the options of one command
  --version                       the version of URDesk
</source>
        <translation>Uso: urdesk-cli [--policies DIR] [--database FILE] [--user NAME] ORDEN [OPCIONES]

Órdenes:
  policies [--json]               lista las políticas cargadas
  lint FILE...                    comprueba archivos de políticas
  evaluate CASE.json [--json] [--check]
                                  evalúa un archivo de caso según su política
  cases [--status S] [--json]     lista los casos de la base de datos (*)
  seed --cases N [--list]         añade N casos ficticios: un FILE nuevo pasa a ser una
                                  base de datos de demostración; una que ya existe pide
                                  la sesión de un administrador (*)
  audit verify                    comprueba la cadena de hashes del registro de auditoría (*)
  backup DEST [--force]           escribe una copia comprobada de la base de datos; --force
                                  sustituye un DEST que ya exista (*)
  restore SOURCE                  restaura una copia; la base de datos que había se conserva
                                  (*, con sesión iniciada contra la copia)
  repair-permissions              deja los archivos de la base de datos legibles solo por
                                  su propietario (*)
  export CASE --record|--letter --out FILE.pdf
                                  escribe el expediente o la carta de un caso (*)
  export --record|--letter [--status S] [--decided-since DATE] --out-dir DIR
                                  lo mismo para muchos casos, con una línea de progreso (*)

Opciones:
  --policies DIR                  carga también los archivos de políticas de DIR
  --database FILE                 la base de datos (predeterminada: la carpeta de datos de URDesk)
  --init                          crea la base de datos si no existe (sola: solo eso);
                                  sin ella, un archivo que falta es un error
  --user NAME                     (*) inicia sesión como NAME; la contraseña se pide,
                                  o se lee como una línea de la entrada estándar
  --role ROLE                     reviewNurse, medicalDirector o administrator, cuando
                                  la cuenta tiene más de uno
  COMMAND --help                  las opciones de una orden
  --version                       la versión de URDesk
</translation>
    </message>
    <message>
        <source>%1 needs a %2 after it</source>
        <translation>%1 necesita un %2 a continuación</translation>
    </message>
    <message>
        <source>%1: the %2 given is empty</source>
        <translation>%1: el %2 indicado está vacío</translation>
    </message>
</context>
<context>
    <name>urdesk::demo</name>
    <message>
        <source>this database has its own accounts, without the demo administrator</source>
        <translation>esta base de datos tiene sus propias cuentas, sin el administrador de demostración</translation>
    </message>
</context>
</TS>
