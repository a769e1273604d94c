#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace urdesk {

// A printable document as data: what it says, block after block, in reading order. Builders
// (the review record, the letters) fill it; the renderer (pdf/) decides lines and pages.
struct DocumentBlock
{
    enum class Kind
    {
        Title,
        Heading,
        Paragraph,
        Fields, // label and value pairs, two columns
        Table,  // a header row repeated on each page, then rows kept whole where they fit
        Bullets,
    };
    // How a row stands out: the checklist's unmet criteria, an overridden criterion.
    enum class Mark : quint8
    {
        None,
        Strong, // bold
        Shaded, // a light background
    };

    Kind kind = Kind::Paragraph;
    QString text;            // Title, Heading, Paragraph
    QStringList columns;     // Table: the header
    QList<int> widths;       // Table: relative column widths
    QList<QStringList> rows; // Fields: {label, value}; Table: one cell per column; Bullets: {item}
    QList<int> indents;      // Table: how deep each row's first cell is indented
    QList<Mark> marks;       // Table: per row
    bool small = false;      // Paragraph: the smaller type of notes and captions
};

struct Document
{
    QString title;     // on the first page and in the PDF's properties
    QString reference; // on every page: "Case PA-2026-000042"
    QString notice;    // every page's footer: "Contains protected health information"
    QString produced;  // every page's footer too: "Produced 2026-11-23 14:05 UTC"
    QString pageNumbers = QStringLiteral("Page %1 of %2"); // in the document's language
    QList<DocumentBlock> blocks;

    void addTitle(const QString& text);
    void addHeading(const QString& text);
    void addParagraph(const QString& text, bool small = false);
    void addFields(const QList<QStringList>& labelValuePairs);
    void addBullets(const QStringList& items);
    // Starts a table; add its rows with addRow.
    void addTable(const QStringList& columns, const QList<int>& widths);
    void addRow(const QStringList& cells, int indent = 0,
                DocumentBlock::Mark mark = DocumentBlock::Mark::None);

    // Everything the document says, in reading order, one block per line (for tests and
    // searching).
    QString plainText() const;
};

} // namespace urdesk
