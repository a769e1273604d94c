#pragma once

#include "Database.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace urdesk {

// Opens the database when URDesk starts. Its pages are checked first, on another thread and
// read-only; damaged ones are shown under a red banner (DamagedDatabaseDialog). When the file
// cannot be used (missing, damaged, not a URDesk database, from a newer URDesk, unreadable),
// it says why and offers to open another file or create a new one, and for damaged pages to
// restore a backup in its place; the file it could not use is left as it is (a restore keeps
// it beside the restored one). A missing file is created only when `ifMissing` says so
// (--init, a demonstration database) or the user chooses Create New: a mistyped path never
// becomes an empty database.
class DatabaseOpener final
{
public:
    enum class Choice
    {
        RestoreBackup, // of a damaged database: an administrator signs in against the backup
        OpenAnother,
        CreateNew,
        Quit
    };

    // Null when the user chose to quit.
    static std::shared_ptr<Database> open(const QString& path, QWidget* parent,
                                          Database::IfMissing ifMissing);

    // Seams for tests: answer the question and the file dialog without showing them.
    static void setNextAnswers(std::function<Choice(const QString& problem)> ask,
                               std::function<QString(Choice)> pickFile);
};

} // namespace urdesk
