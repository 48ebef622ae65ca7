#include "Callout.h"
#include "PaletteTints.h"
#include "Retranslation.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

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

PaletteTints::Tone Callout::tone(Level level)
{
    switch (level) {
    case Level::Danger:
        return PaletteTints::Tone::Danger;
    case Level::Warning:
        return PaletteTints::Tone::Warning;
    case Level::Caution:
        return PaletteTints::Tone::Caution;
    case Level::Note:
        return PaletteTints::Tone::Note;
    }
    return PaletteTints::Tone::Note;
}

QColor Callout::accentColour(Level level, const QPalette &palette, QPalette::ColorRole background)
{
    return PaletteTints(palette).toneText(tone(level), palette.color(background));
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
    applyColours();
    describe();
}

void Callout::applyColours()
{
    // Palettes and paintEvent, not a style sheet: a style sheet puts every
    // callout (a page has several) through QStyleSheetStyle, which made
    // building and laying out the pages noticeably slower. The labels get
    // the colours, never the callout itself: its own palette stays the one
    // it inherits, so that it sees every change of the user's palette.
    const PaletteTints::Box box = PaletteTints(palette()).notice(tone(m_level));
    const auto colour = [](QLabel *label, const QColor &text) {
        QPalette own = label->palette();
        own.setColor(QPalette::WindowText, text);
        own.setColor(QPalette::Text, text);
        label->setPalette(own);
    };
    colour(m_heading, box.accent);
    colour(m_body, box.text);
    update();
}

void Callout::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void Callout::paintEvent(QPaintEvent *)
{
    const PaletteTints::Box box = PaletteTints(palette()).notice(tone(m_level));
    QPainter painter(this);
    painter.fillRect(rect(), box.background);
    painter.fillRect(QRect(0, 0, AccentWidth, height()), box.accent);
}

void Callout::describe()
{
    m_heading->setText(levelName(m_level));
    setAccessibleName(levelName(m_level));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_body->text()).toPlainText());
}
