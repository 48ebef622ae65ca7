#include "Callout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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

} // namespace

Callout::Callout(Level level, QWidget *parent)
    : QFrame(parent)
    , m_level(level)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_body->setOpenExternalLinks(false);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    applyLevel();
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
    const Colours colours = coloursFor(m_level);
    setStyleSheet(QStringLiteral("Callout { background: %1; border: none;"
                                 " border-left: 4px solid %2; }"
                                 " QLabel { background: transparent; color: #1d1d1f; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.accent)));
    m_heading->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours.accent)));
    describe();
}

void Callout::describe()
{
    m_heading->setText(levelName(m_level));
    setAccessibleName(levelName(m_level));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_body->text()).toPlainText());
}

void Callout::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QFrame::changeEvent(event);
}
