#include "WrappingLabel.h"

#include <QEvent>

#include <limits>

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    forget();
}

WrappingLabel::Shape WrappingLabel::shape() const
{
    return {text(), textFormat(), wordWrap(), margin(), indent(), alignment(), contentsMargins()};
}

void WrappingLabel::forget() const
{
    // No layout asks for this width (-1 is asked for: "no width given").
    m_heights.fill(QSize(std::numeric_limits<int>::min(), 0));
    m_nextSlot = 0;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (const Shape now = shape(); !(now == m_shape)) {
        m_shape = now;
        forget();
    }
    for (const QSize &known : m_heights) {
        if (known.width() == width)
            return known.height();
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = QSize(width, height);
    m_nextSlot = (m_nextSlot + 1) % Remembered;
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
