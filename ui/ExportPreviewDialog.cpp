#include "ExportPreviewDialog.h"

#include "FormParts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace urdesk {

std::optional<CaseExport::Written>
ExportPreviewDialog::exportCase(CaseStore& store, const Session& session, const CaseRecord& record,
                                CaseExport::Kind kind, QWidget* parent)
{
    // Read each time, so that a plan's new templates are used without restarting.
    std::optional<LetterKit> letters;
    if (kind == CaseExport::Kind::Letter) {
        Result<LetterKit> kit = LetterKit::load();
        if (!kit) {
            QMessageBox::warning(parent, tr("Export Letter"),
                                 tr("The letter templates cannot be used:\n%1").arg(kit.error()));
            return {};
        }
        letters = std::move(kit.value());
    }
    const CaseExport exporter(store, letters ? &*letters : nullptr);
    const Result<Document> doc =
        exporter.document(session.actor, record.id, kind, QDateTime::currentDateTimeUtc());
    if (!doc) {
        QMessageBox::information(parent,
                                 kind == CaseExport::Kind::Record ? tr("Export Case Record")
                                                                  : tr("Export Letter"),
                                 tr("Nothing to export: %1.").arg(doc.error()));
        return {};
    }
    ExportPreviewDialog dialog(store, session, record, kind, doc.value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.written();
}

ExportPreviewDialog::ExportPreviewDialog(CaseStore& store, const Session& session,
                                         const CaseRecord& record, CaseExport::Kind kind,
                                         const Document& document, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(session.actor)
    , m_caseId(record.id)
    , m_kind(kind)
    , m_pages(document)
    , m_problem(newProblemLabel(this))
{
    const QString& caseNumber = record.caseNumber;
    // A pended case's letter asks for information; a decided case's is the determination.
    const bool asksForInformation =
        kind == CaseExport::Kind::Letter && record.status == CaseStatus::Pended;
    m_suggestedName = u"%1-%2.pdf"_s.arg(caseNumber, asksForInformation ? u"information-request"_s
                                                                        : CaseExport::kindId(kind));
    setWindowTitle(kind == CaseExport::Kind::Record ? tr("Case Review Record — %1").arg(caseNumber)
                   : asksForInformation ? tr("Request for Information — %1").arg(caseNumber)
                                        : tr("Determination Letter — %1").arg(caseNumber));

    // The pages at the screen's resolution, one under the other, as they will print. They
    // are painted at three times that and scaled down: hinted glyphs at screen sizes are
    // wider than the printed ones, and would run past the margins.
    auto* pages = new QWidget;
    auto* pageLayout = new QVBoxLayout(pages);
    pageLayout->setSpacing(12);
    const qreal ratio = devicePixelRatioF();
    const double dotsPerInch = logicalDpiY() * ratio;
    constexpr int oversampling = 3;
    for (int i = 0; i < m_pages.count(); ++i) {
        const QImage large = m_pages.image(i, dotsPerInch * oversampling);
        QImage image = large.scaled(large.size() / oversampling, Qt::IgnoreAspectRatio,
                                    Qt::SmoothTransformation);
        image.setDevicePixelRatio(ratio);
        auto* page = new QLabel;
        page->setObjectName(u"page%1"_s.arg(i + 1));
        page->setPixmap(QPixmap::fromImage(image));
        page->setFrameShape(QFrame::Box);
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pages.count()));
        pageLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"pages"_s);
    scroll->setWidget(pages);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setBackgroundRole(QPalette::Dark);

    auto* summary = new QLabel(
        tr("%n page(s). Saving writes this PDF and records the export in the audit trail. "
           "It contains protected health information.",
           nullptr, m_pages.count()));
    summary->setObjectName(u"summary"_s);
    summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(u"save"_s);
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPreviewDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // A page wide, and as tall as the screen allows with the buttons in view.
    const int pageWidth = qRound(DocumentPages::pageWidth / 72 * logicalDpiY());
    const QRect screenArea = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(pageWidth + 80, screenArea.width() - 40),
           std::min(pageWidth * 14 / 10, screenArea.height() - 80));
}

void ExportPreviewDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir(folder).filePath(m_suggestedName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    save(path);
}

bool ExportPreviewDialog::save(const QString& path)
{
    const CaseExport exporter(m_store, nullptr);
    const auto written = exporter.write(m_actor, m_caseId, m_kind, m_pages, path);
    if (!written) {
        showProblem(m_problem, written.error());
        return false;
    }
    m_written = written.value();
    accept();
    return true;
}

} // namespace urdesk
