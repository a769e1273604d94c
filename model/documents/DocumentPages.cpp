#include "DocumentPages.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {

using Font = DocumentPages::Font;

constexpr double margin = 54; // 0.75 in at the sides
constexpr double headerBaseline = 38; // of the header's first line
constexpr double footerSpace = 48;    // below the footer's rule, at the least
constexpr double bottomMargin = 14;   // below the footer's last line
constexpr double sideBySideGap = 18;  // between a left and a right text on one line
constexpr double contentWidth = DocumentPages::pageWidth - 2 * margin;
constexpr double cellPadding = 3;
constexpr double indentStep = 10;
constexpr double measureDotsPerPoint = 10; // lines are broken as at 720 dpi

QFont makeFont(Font f)
{
    QFont font;
    // Liberation Sans has Helvetica's metrics; DejaVu Sans is on every Debian machine.
    font.setFamilies({u"Liberation Sans"_s, u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    switch (f) {
    case Font::Body:
        font.setPointSizeF(9.5);
        break;
    case Font::Bold:
        font.setPointSizeF(9.5);
        font.setBold(true);
        break;
    case Font::Small:
        font.setPointSizeF(8.5);
        break;
    case Font::SmallBold:
        font.setPointSizeF(8.5);
        font.setBold(true);
        break;
    case Font::Heading:
        font.setPointSizeF(12);
        font.setBold(true);
        break;
    case Font::Title:
        font.setPointSizeF(16);
        font.setBold(true);
        break;
    }
    return font;
}

constexpr int fontCount = int(Font::Title) + 1;

// The fonts and their measures, on one device at a fixed resolution, so that lines break
// the same way whatever the document is later painted on.
class Measures final
{
public:
    Measures()
        : m_device(1, 1, QImage::Format_ARGB32)
    {
        const int dotsPerMeter = qRound(measureDotsPerPoint * 72 / 0.0254);
        m_device.setDotsPerMeterX(dotsPerMeter);
        m_device.setDotsPerMeterY(dotsPerMeter);
        for (int i = 0; i < fontCount; ++i) {
            m_fonts[size_t(i)] = makeFont(Font(i));
            const QFontMetricsF metrics(m_fonts[size_t(i)], &m_device);
            m_lineHeight[size_t(i)] = metrics.lineSpacing() / measureDotsPerPoint;
            m_ascent[size_t(i)] = metrics.ascent() / measureDotsPerPoint;
        }
    }

    double lineHeight(Font f) const { return m_lineHeight[size_t(f)]; }
    double ascent(Font f) const { return m_ascent[size_t(f)]; }
    double width(Font f, const QString& text) const
    {
        return QFontMetricsF(m_fonts[size_t(f)], &m_device).horizontalAdvance(text) /
               measureDotsPerPoint;
    }

    // The lines `text` takes in `width` points; a line break in the text starts a new line.
    QStringList wrap(const QString& text, Font f, double width) const
    {
        QStringList lines;
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        for (const QString& paragraph : text.split(u'\n')) {
            if (paragraph.trimmed().isEmpty()) {
                lines.append(QString());
                continue;
            }
            QTextLayout layout(paragraph, m_fonts[size_t(f)], &m_device);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width * measureDotsPerPoint);
                QString piece = paragraph.mid(line.textStart(), line.textLength());
                while (!piece.isEmpty() && piece.back().isSpace())
                    piece.chop(1);
                lines.append(piece);
            }
            layout.endLayout();
        }
        return lines;
    }

private:
    QImage m_device;
    std::array<QFont, fontCount> m_fonts;
    std::array<double, fontCount> m_lineHeight{};
    std::array<double, fontCount> m_ascent{};
};

const Measures& measures()
{
    static const Measures m;
    return m;
}

struct Cell
{
    double x = 0;
    double width = 0;
    Font font = Font::Body;
    QStringList lines;
};

struct Row
{
    QList<Cell> cells;
    double padding = cellPadding;
    bool shaded = false;
    bool lightRuleBelow = false;
    bool ruleBelow = false;
    bool splittable = false; // a paragraph may break between lines anywhere

    double height() const
    {
        double tallest = 0;
        for (const Cell& c : cells)
            tallest = std::max(tallest, c.lines.size() * measures().lineHeight(c.font));
        return tallest + 2 * padding;
    }
};

Cell cell(double x, double width, Font font, const QString& text)
{
    return Cell{x, width, font, measures().wrap(text, font, width - 2 * cellPadding)};
}

// The running header and footer of every page, wrapped to fit beside what stands at their
// right (the reference; the page number), and so where the content may start and end: a long
// plan name or notice takes more lines instead of running into its neighbour.
struct PageFrame
{
    QStringList title;     // left of the header
    QStringList reference; // right of the header
    QStringList footer;    // the notice (bold) then the production line, left of the number
    int noticeLines = 0;
    double headerRule = 0;
    double contentTop = 0;
    double footerRule = 0;
    double contentBottom = 0;

    explicit PageFrame(const Document& d)
    {
        const Measures& m = measures();
        // The reference keeps at most half the width, the title the rest.
        const double referenceWidth =
            std::min(m.width(Font::SmallBold, d.reference), contentWidth / 2);
        reference = m.wrap(d.reference, Font::SmallBold, referenceWidth);
        title = m.wrap(d.title, Font::SmallBold, contentWidth - referenceWidth - sideBySideGap);
        const qsizetype headerLines = std::max(title.size(), reference.size());
        headerRule = headerBaseline + (headerLines - 1) * m.lineHeight(Font::SmallBold) + 6;
        contentTop = headerRule + 14;
        // The page number is as wide as it will be on the longest document.
        const double numberWidth =
            m.width(Font::Small, d.pageNumbers.arg(u"9999"_s, u"9999"_s)) + sideBySideGap;
        footer = m.wrap(d.notice, Font::SmallBold, contentWidth - numberWidth);
        noticeLines = int(footer.size());
        footer += m.wrap(d.produced, Font::Small, contentWidth - numberWidth);
        const double footerHeight = 4 + footer.size() * m.lineHeight(Font::Small) + bottomMargin;
        footerRule = DocumentPages::pageHeight - std::max(footerSpace, footerHeight);
        contentBottom = footerRule - 8;
    }
};

} // namespace

// Places a document's rows on pages, top to bottom.
class PageComposer final
{
public:
    PageComposer(DocumentPages& out, const Document& d)
        : m_out(out)
        , m_frame(d)
        , contentTop(m_frame.contentTop)
        , contentBottom(m_frame.contentBottom)
        , m_y(contentTop)
    {}

    void compose(const Document& d)
    {
        newPage();
        for (const DocumentBlock& b : d.blocks)
            add(b);
        finishPages(d);
    }

private:
    void add(const DocumentBlock& b)
    {
        using Kind = DocumentBlock::Kind;
        switch (b.kind) {
        case Kind::Title: {
            Row r = single(b.text, Font::Title);
            r.ruleBelow = true;
            place(r);
            m_y += 6;
            break;
        }
        case Kind::Heading: {
            Row r = single(b.text, Font::Heading);
            r.ruleBelow = true;
            if (m_y > contentTop)
                m_y += 10;
            // A heading stays with the start of what it heads.
            if (m_y + r.height() + 48 > contentBottom)
                newPage();
            place(r);
            m_y += 3;
            break;
        }
        case Kind::Paragraph: {
            Row r = single(b.text, b.small ? Font::Small : Font::Body);
            r.splittable = true;
            r.padding = 1;
            place(r);
            m_y += 4;
            break;
        }
        case Kind::Fields:
            for (const QStringList& pair : b.rows) {
                const double labelWidth = contentWidth * 0.3;
                Row r;
                r.cells = {cell(margin, labelWidth, Font::Bold, pair.value(0)),
                           cell(margin + labelWidth, contentWidth - labelWidth, Font::Body,
                                pair.value(1))};
                r.lightRuleBelow = true;
                place(r);
            }
            m_y += 4;
            break;
        case Kind::Bullets:
            for (const QStringList& item : b.rows) {
                Row r;
                r.padding = 1.5;
                r.cells = {cell(margin + 4, 14, Font::Body, u"•"_s),
                           cell(margin + 16, contentWidth - 16, Font::Body, item.value(0))};
                place(r);
            }
            m_y += 4;
            break;
        case Kind::Table:
            addTable(b);
            break;
        }
    }

    void addTable(const DocumentBlock& b)
    {
        int total = 0;
        for (int w : b.widths)
            total += w;
        QList<double> xs;
        QList<double> widths;
        double x = margin;
        for (int w : b.widths) {
            xs.append(x);
            widths.append(contentWidth * w / std::max(total, 1));
            x += widths.last();
        }
        Row header;
        for (int c = 0; c < b.columns.size(); ++c)
            header.cells.append(cell(xs[c], widths[c], Font::SmallBold, b.columns[c]));
        header.shaded = true;
        header.ruleBelow = true;
        if (m_y + header.height() + 30 > contentBottom)
            newPage();
        place(header);
        m_repeatedHeader = header;
        for (int i = 0; i < b.rows.size(); ++i) {
            const auto mark = b.marks.value(i);
            const double indent = indentStep * b.indents.value(i);
            Row r;
            for (int c = 0; c < b.columns.size(); ++c) {
                const double shift = c == 0 ? indent : 0;
                const Font font =
                    mark == DocumentBlock::Mark::Strong ? Font::SmallBold : Font::Small;
                r.cells.append(cell(xs[c] + shift, widths[c] - shift, font, b.rows[i].value(c)));
            }
            r.shaded = mark == DocumentBlock::Mark::Shaded;
            r.lightRuleBelow = true;
            place(r);
        }
        m_repeatedHeader.reset();
        m_y += 6;
    }

    Row single(const QString& text, Font font)
    {
        Row r;
        r.cells = {cell(margin, contentWidth, font, text)};
        return r;
    }

    // Puts a row at the current position, on a new page when it does not fit; a row taller
    // than a page, or a paragraph, is split between lines.
    void place(Row row)
    {
        const double height = row.height();
        if (m_y + height <= contentBottom) {
            draw(row);
            return;
        }
        const double fresh = contentBottom - pageStart();
        if (!row.splittable && height <= fresh) {
            newPage();
            draw(row);
            return;
        }
        Row rest = row;
        bool anything = false;
        for (int c = 0; c < row.cells.size(); ++c) {
            const double lineHeight = measures().lineHeight(row.cells[c].font);
            const auto fits =
                qsizetype(std::max(0.0, (contentBottom - m_y - 2 * row.padding) / lineHeight));
            row.cells[c].lines = row.cells[c].lines.mid(0, fits);
            rest.cells[c].lines = rest.cells[c].lines.mid(fits);
            anything = anything || !row.cells[c].lines.isEmpty();
        }
        if (anything) { // else nothing fitted, and all of it goes on the next page
            row.lightRuleBelow = false;
            draw(row);
        }
        newPage();
        place(rest);
    }

    void draw(const Row& row)
    {
        DocumentPages::Page& page = m_out.m_pages.last();
        const double height = row.height();
        if (row.shaded)
            page.shades.append(QRectF(margin, m_y, contentWidth, height));
        for (const Cell& c : row.cells) {
            double baseline = m_y + row.padding + measures().ascent(c.font);
            for (const QString& line : c.lines) {
                if (!line.isEmpty())
                    page.texts.append({QPointF(c.x + cellPadding, baseline), line, c.font});
                baseline += measures().lineHeight(c.font);
            }
        }
        m_y += height;
        const QLineF below(margin, m_y, margin + contentWidth, m_y);
        if (row.ruleBelow)
            page.rules.append(below);
        else if (row.lightRuleBelow)
            page.lightRules.append(below);
    }

    double pageStart() const
    {
        return contentTop + (m_repeatedHeader ? m_repeatedHeader->height() : 0);
    }

    void newPage()
    {
        m_out.m_pages.append(DocumentPages::Page());
        m_y = contentTop;
        if (m_repeatedHeader)
            draw(*m_repeatedHeader);
    }

    // The running header and footer, once the page count is known.
    void finishPages(const Document& d)
    {
        const Measures& m = measures();
        const qsizetype count = m_out.m_pages.size();
        const double right = margin + contentWidth;
        const PageFrame& f = m_frame;
        for (qsizetype i = 0; i < count; ++i) {
            DocumentPages::Page& page = m_out.m_pages[i];
            double baseline = headerBaseline;
            for (const QString& line : f.title) {
                page.texts.append({QPointF(margin, baseline), line, Font::SmallBold});
                baseline += m.lineHeight(Font::SmallBold);
            }
            baseline = headerBaseline;
            for (const QString& line : f.reference) {
                page.texts.append({QPointF(right - m.width(Font::SmallBold, line), baseline), line,
                                   Font::SmallBold});
                baseline += m.lineHeight(Font::SmallBold);
            }
            page.rules.append(QLineF(margin, f.headerRule, right, f.headerRule));
            page.rules.append(QLineF(margin, f.footerRule, right, f.footerRule));
            const double first = f.footerRule + 4 + m.ascent(Font::Small);
            baseline = first;
            for (qsizetype l = 0; l < f.footer.size(); ++l) {
                page.texts.append({QPointF(margin, baseline), f.footer.at(l),
                                   l < f.noticeLines ? Font::SmallBold : Font::Small});
                baseline += m.lineHeight(Font::Small);
            }
            const QString number = d.pageNumbers.arg(i + 1).arg(count);
            page.texts.append(
                {QPointF(right - m.width(Font::Small, number), first), number, Font::Small});
        }
    }

    DocumentPages& m_out;
    const PageFrame m_frame;
    // Where the content of every page starts and ends, below the header and above the footer.
    const double contentTop;
    const double contentBottom;
    double m_y;
    std::optional<Row> m_repeatedHeader;
};

DocumentPages::DocumentPages(const Document& document)
    : m_title(document.title)
{
    PageComposer(*this, document).compose(document);
}

void DocumentPages::paint(QPainter& painter, int page, double dotsPerPoint) const
{
    const Page& p = m_pages.at(page);
    const auto scaled = [dotsPerPoint](const QLineF& l) {
        return QLineF(l.p1() * dotsPerPoint, l.p2() * dotsPerPoint);
    };
    painter.save();
    for (const QRectF& r : p.shades)
        painter.fillRect(QRectF(r.topLeft() * dotsPerPoint, r.size() * dotsPerPoint),
                         QColor(0xe8, 0xec, 0xf0));
    painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd0), 0.5 * dotsPerPoint));
    for (const QLineF& l : p.lightRules)
        painter.drawLine(scaled(l));
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8 * dotsPerPoint));
    for (const QLineF& l : p.rules)
        painter.drawLine(scaled(l));
    painter.setPen(Qt::black);
    std::array<std::optional<QFont>, fontCount> fonts;
    for (const Text& t : p.texts) {
        auto& font = fonts[size_t(t.font)];
        if (!font)
            font = makeFont(t.font);
        painter.setFont(*font);
        painter.drawText(t.baseline * dotsPerPoint, t.text);
    }
    painter.restore();
}

QImage DocumentPages::image(int page, double dotsPerInch) const
{
    const double dotsPerPoint = dotsPerInch / 72;
    QImage image(qRound(pageWidth * dotsPerPoint), qRound(pageHeight * dotsPerPoint),
                 QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, page, dotsPerPoint);
    return image;
}

QByteArray DocumentPages::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        constexpr int resolution = 600;
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(resolution);
        writer.setTitle(m_title);
        writer.setCreator(u"URDesk"_s);
        QPainter painter(&writer);
        for (int i = 0; i < count(); ++i) {
            if (i > 0)
                writer.newPage();
            paint(painter, i, resolution / 72.0);
        }
    }
    return bytes;
}

} // namespace urdesk
