#include "Callout.h"
#include "Retranslation.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

struct Colours
{
    const char *accent;
    const char *background;
};

Colours coloursFor(Callout::Level level)
{
    switch (level) {
    case Callout::Level::Danger:
        return {"#b3261e", "#fdecea"};
    case Callout::Level::Warning:
        return {"#a84b00", "#fff1e0"};
    case Callout::Level::Caution:
        return {"#7a5d00", "#fff9db"};
    case Callout::Level::Note:
        return {"#1f5fa8", "#eaf2fc"};
    }
    return {"#000000", "#ffffff"};
}

constexpr int AccentWidth = 4;

} // namespace

Callout::Callout(Level level, QWidget *parent)
    : QFrame(parent)
    , m_level(level)
    , m_heading(new QLabel(this))
    , m_body(new WrappingLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(AccentWidth, 0, 0, 0); // the accent bar on the left
    QPalette text = palette();
    text.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    setPalette(text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_body->setOpenExternalLinks(false);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Their own text colours even where the parent's background role is
    // Base (the sidebar), which would make them use Text instead.
    m_heading->setForegroundRole(QPalette::WindowText);
    m_body->setForegroundRole(QPalette::WindowText);
    applyLevel();
    Retranslation::follow(this, [this] { describe(); });
}

QString Callout::accentColour(Level level)
{
    return QLatin1String(coloursFor(level).accent);
}

QString Callout::levelName(Level level)
{
    switch (level) {
    case Level::Danger:
        return tr("Danger", "@title callout level");
    case Level::Warning:
        return tr("Warning", "@title callout level");
    case Level::Caution:
        return tr("Caution", "@title callout level");
    case Level::Note:
        return tr("Note", "@title callout level");
    }
    return {};
}

void Callout::setLevel(Level level)
{
    if (m_level == level)
        return;
    m_level = level;
    applyLevel();
}

void Callout::setText(const QString &text)
{
    // Views set their callouts' texts on every refresh; most are unchanged.
    if (text == m_body->text())
        return;
    m_body->setText(text);
    describe();
}

QString Callout::text() const
{
    return m_body->text();
}

void Callout::applyLevel()
{
    // Palettes and paintEvent, not a style sheet: a style sheet puts every
    // callout (a page has several) through QStyleSheetStyle, which made
    // building and laying out the pages noticeably slower.
    QPalette heading = m_heading->palette();
    heading.setColor(QPalette::WindowText, QColor::fromString(coloursFor(m_level).accent));
    m_heading->setPalette(heading);
    describe();
    update();
}

void Callout::paintEvent(QPaintEvent *)
{
    const Colours colours = coloursFor(m_level);
    QPainter painter(this);
    painter.fillRect(rect(), QColor::fromString(colours.background));
    painter.fillRect(QRect(0, 0, AccentWidth, height()), QColor::fromString(colours.accent));
}

void Callout::describe()
{
    m_heading->setText(levelName(m_level));
    setAccessibleName(levelName(m_level));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_body->text()).toPlainText());
}
