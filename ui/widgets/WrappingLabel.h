// A word-wrapped QLabel that remembers the height its text needs at the
// widths it was asked about, until the text, its format or the font changes.
// QLabel lays its text out again on every heightForWidth() (twice when the
// text is rich or selectable), and each page switch asks every label several
// times while the layouts settle: on a page of paragraphs that was half the
// switch. It changes nothing about how the text looks or behaves.
#pragma once

#include <QLabel>

#include <array>

class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the height depends on, besides the font and style.
    struct Shape
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        QMargins contents;

        bool operator==(const Shape &) const = default;
    };
    Shape shape() const;
    void forget() const;

    // A few widths: a layout asks for its width and, while settling, one or
    // two others.
    static constexpr int Remembered = 4;
    mutable Shape m_shape;
    mutable std::array<QSize, Remembered> m_heights; // width, height
    mutable int m_nextSlot = 0;
};
