#pragma once

#include "Document.h"

#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>

class QPainter;

namespace urdesk {

// A document laid out on US Letter pages: every line placed, in points, once; then painted
// the same way on a PDF or on an image for a preview, so what is previewed is what is saved.
// Table rows and fields are kept whole on a page where they fit one, and a table's header is
// repeated on each page it continues on. Every page carries the document's reference at the
// top and its notice, production time and "page N of M" at the bottom.
class DocumentPages final
{
public:
    static constexpr double pageWidth = 612;  // points: 8.5 in
    static constexpr double pageHeight = 792; // 11 in

    explicit DocumentPages(const Document& document);

    int count() const { return int(m_pages.size()); }
    // Paints one page; `dotsPerPoint` is the device's pixels per point (its dpi / 72).
    void paint(QPainter& painter, int page, double dotsPerPoint) const;
    QImage image(int page, double dotsPerInch) const;
    QByteArray pdf() const;

    enum class Font : quint8
    {
        Body,
        Bold,
        Small,
        SmallBold,
        Heading,
        Title,
    };

private:
    struct Text
    {
        QPointF baseline;
        QString text;
        Font font = Font::Body;
    };
    struct Page
    {
        QList<QRectF> shades;
        QList<QLineF> rules;
        QList<QLineF> lightRules;
        QList<Text> texts;
    };
    friend class PageComposer;

    QString m_title;
    QList<Page> m_pages;
};

} // namespace urdesk
