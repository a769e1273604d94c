// A case's documents: files added, letters filed, their content.
#include "CaseStore.h"

#include "CaseStoreRows.h"
#include "StoredTime.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace urdesk {

using namespace caseStoreRows;

Result<Attachment> CaseStore::addAttachment(const Actor& actor, qint64 caseId,
                                            const QString& fileName, const QString& mediaType,
                                            const QByteArray& content)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("attach a document")); !allowed)
        return Result<Attachment>::failure(allowed.error());
    if (mediaType != u"application/pdf" && !mediaType.startsWith(u"image/"))
        return Result<Attachment>::failure(
            Text::tr("%1: only PDF documents and images can be attached").arg(fileName));
    if (content.isEmpty())
        return Result<Attachment>::failure(Text::tr("%1: the file is empty").arg(fileName));
    if (content.size() > maximumAttachmentSize)
        return Result<Attachment>::failure(
            Text::tr("%1: larger than the 50 MB an attachment may be").arg(fileName));
    Attachment a;
    a.fileName = fileName;
    a.mediaType = mediaType;
    a.addedBy = actor.account;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        if (Done saved = insertAttachment(caseId, a, content); !saved)
            return saved;
        return audit(caseId, u"attachment.added"_s,
                     QJsonObject{{u"attachment"_s, a.id},
                                 {u"fileName"_s, a.fileName},
                                 {u"mediaType"_s, a.mediaType},
                                 {u"size"_s, a.size},
                                 {u"sha256"_s, a.sha256}},
                     {});
    });
    if (!ok)
        return Result<Attachment>::failure(ok.error());
    return a;
}

Result<Attachment> CaseStore::fileLetter(const Actor& actor, qint64 caseId, const QString& fileName,
                                         const QByteArray& pdf, const QJsonObject& exportDetail)
{
    if (Done allowed = permitReviewers(actor, caseId, Text::tr("export a letter")); !allowed)
        return Result<Attachment>::failure(allowed.error());
    Attachment a;
    a.fileName = fileName;
    a.mediaType = u"application/pdf"_s;
    a.addedBy = actor.account;
    a.sentLetter = true;
    Done ok = action(actor, [&](const Audit& audit) -> Done {
        if (Done saved = insertAttachment(caseId, a, pdf); !saved)
            return saved;
        QJsonObject detail = exportDetail;
        detail.insert(u"attachment"_s, a.id);
        return audit(caseId, u"case.exported"_s, detail, {});
    });
    if (!ok)
        return Result<Attachment>::failure(ok.error());
    return a;
}

Done CaseStore::insertAttachment(qint64 caseId, Attachment& a, const QByteArray& content)
{
    a.size = content.size();
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.addedAt = QDateTime::currentDateTimeUtc();
    const Result<qint64> id =
        runSql(m_database->connection(),
               u"INSERT INTO attachments (case_id, file_name, media_type, size, sha256, added_by, "
               "added_at, content, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {QVariant(caseId), QVariant(a.fileName), QVariant(a.mediaType), QVariant(a.size),
                QVariant(a.sha256), QVariant(a.addedBy), QVariant(storedTime::write(a.addedAt)),
                QVariant(content), QVariant(a.sentLetter ? u"sentLetter"_s : u"received"_s)});
    if (!id)
        return Done::failure(Text::tr("%1 could not be saved: %2").arg(a.fileName, id.error()));
    a.id = id.value();
    return done();
}

Result<QByteArray> CaseStore::attachmentContent(qint64 attachmentId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT content, sha256 FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec())
        return Result<QByteArray>::failure(sqlError(q));
    if (!q.next())
        return Result<QByteArray>::failure(Text::tr("no attachment %1").arg(attachmentId));
    const QByteArray content = q.value(0).toByteArray();
    // What was stored is what is handed out: a damaged copy is refused, not opened.
    if (QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) !=
        q.value(1).toString())
        return Result<QByteArray>::failure(
            Text::tr("attachment %1 does not match the fingerprint recorded when it was added")
                .arg(attachmentId));
    return content;
}

} // namespace urdesk
