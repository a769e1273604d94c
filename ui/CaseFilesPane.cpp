#include "CaseFilesPane.h"

#include "CaseStore.h"
#include "FormParts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

NotesPane::NotesPane(const CaseStore& store, qint64 caseId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_caseId(caseId)
    , m_timeline(new QTextBrowser(this))
{
    m_timeline->setObjectName(u"notes"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeline);
    reload();
}

void NotesPane::reload()
{
    const Result<QList<Note>> notes = m_store.notes(m_caseId);
    if (!notes) {
        m_timeline->setPlainText(tr("The notes cannot be read: %1").arg(notes.error()));
        return;
    }
    m_count = int(notes->size());
    QString html;
    for (const Note& n : notes.value()) {
        const auto role = roleFromId(n.role);
        html += tr("<p><b>%1</b> &nbsp; %2 (%3)<br>%4</p>")
                    .arg(shortDateTime(n.createdAt), n.author.toHtmlEscaped(),
                         (role ? roleText(*role).toLower() : n.role).toHtmlEscaped(),
                         n.text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    m_timeline->setHtml(html.isEmpty() ? tr("<i>No notes yet. Add Note… writes one.</i>") : html);
}

AttachmentsPane::AttachmentsPane(CaseStore& store, const Session& session, qint64 caseId,
                                 QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_caseId(caseId)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_problem(newProblemLabel(this))
{
    m_list->setObjectName(u"attachments"_s);
    auto* add = new QPushButton(tr("Add &File…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Attach a Document"), QDir::homePath(),
                                         tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
        if (!path.isEmpty())
            showProblem(m_problem, addFile(path).error());
    });
    const auto open = [this] {
        const Result<QString> path = exportSelected();
        if (!path)
            showProblem(m_problem, path.error());
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
            showProblem(m_problem, tr("no viewer could open %1").arg(path.value()));
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_open->setEnabled(row >= 0); });
    reload();
}

int AttachmentsPane::count() const
{
    return m_list->count();
}

void AttachmentsPane::reload()
{
    m_list->clear();
    const Result<QList<Attachment>> all = m_store.attachments(m_caseId);
    if (!all) {
        showProblem(m_problem, all.error());
        return;
    }
    for (const Attachment& a : all.value()) {
        const QString size = QLocale().formattedDataSize(a.size);
        const QString when = shortDateTime(a.addedAt);
        auto* item = new QListWidgetItem(
            a.sentLetter ? tr("Letter sent: %1 — %2, exported by %3 on %4")
                               .arg(a.fileName, size, a.addedBy, when)
                         : tr("%1 — %2, added by %3 on %4").arg(a.fileName, size, a.addedBy, when),
            m_list);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
        item->setToolTip(tr("SHA-256 %1").arg(a.sha256));
    }
    m_open->setEnabled(m_list->currentRow() >= 0);
}

Done AttachmentsPane::addFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Done::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QString type = QMimeDatabase().mimeTypeForFile(path).name();
    // Read no more than one byte past the limit: enough for the store to refuse a file too
    // large, without holding all of a huge one in memory.
    const Result<Attachment> added =
        m_store.addAttachment(m_session.actor, m_caseId, QFileInfo(path).fileName(), type,
                              file.read(CaseStore::maximumAttachmentSize + 1));
    if (!added)
        return Done::failure(added.error());
    reload();
    Q_EMIT changed();
    return done();
}

Result<QString> AttachmentsPane::exportSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return Result<QString>::failure(tr("select a document first"));
    const Result<QByteArray> content =
        m_store.attachmentContent(item->data(Qt::UserRole).toLongLong());
    if (!content)
        return Result<QString>::failure(content.error());
    // A private folder, readable by the signed-in user only: the document holds PHI.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           u"/urdesk-attachments-"_s + m_session.actor.account;
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = folder + u'/' + QString::number(item->data(Qt::UserRole).toLongLong()) +
                         u'-' + QFileInfo(item->data(Qt::UserRole + 1).toString()).fileName();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<QString>::failure(
            tr("%1 cannot be written: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(content.value());
    return path;
}

} // namespace urdesk
