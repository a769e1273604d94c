#include "Document.h"

namespace urdesk {

namespace {

DocumentBlock block(DocumentBlock::Kind kind, const QString& text = {})
{
    DocumentBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

} // namespace

void Document::addTitle(const QString& text)
{
    blocks.append(block(DocumentBlock::Kind::Title, text));
}

void Document::addHeading(const QString& text)
{
    blocks.append(block(DocumentBlock::Kind::Heading, text));
}

void Document::addParagraph(const QString& text, bool small)
{
    DocumentBlock b = block(DocumentBlock::Kind::Paragraph, text);
    b.small = small;
    blocks.append(b);
}

void Document::addFields(const QList<QStringList>& labelValuePairs)
{
    DocumentBlock b = block(DocumentBlock::Kind::Fields);
    b.rows = labelValuePairs;
    blocks.append(b);
}

void Document::addBullets(const QStringList& items)
{
    DocumentBlock b = block(DocumentBlock::Kind::Bullets);
    for (const QString& item : items)
        b.rows.append(QStringList{item});
    blocks.append(b);
}

void Document::addTable(const QStringList& columns, const QList<int>& widths)
{
    Q_ASSERT(columns.size() == widths.size());
    DocumentBlock b = block(DocumentBlock::Kind::Table);
    b.columns = columns;
    b.widths = widths;
    blocks.append(b);
}

void Document::addRow(const QStringList& cells, int indent, DocumentBlock::Mark mark)
{
    Q_ASSERT(!blocks.isEmpty() && blocks.last().kind == DocumentBlock::Kind::Table);
    DocumentBlock& table = blocks.last();
    Q_ASSERT(cells.size() == table.columns.size());
    table.rows.append(cells);
    table.indents.append(indent);
    table.marks.append(mark);
}

QString Document::plainText() const
{
    QStringList lines{title, reference};
    for (const DocumentBlock& b : blocks) {
        if (!b.text.isEmpty())
            lines.append(b.text);
        if (!b.columns.isEmpty())
            lines.append(b.columns.join(u" | "));
        for (const QStringList& row : b.rows)
            lines.append(row.join(u" | "));
    }
    lines.append(notice);
    return lines.join(u'\n');
}

} // namespace urdesk
