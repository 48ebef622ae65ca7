#include "ConsolePathBox.h"
#include "Mnemonic.h"
#include "PaletteTints.h"
#include "Retranslation.h"

#include "WrappingLabel.h"
#include "onboarding/ProviderUrl.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

ConsolePathBox::ConsolePathBox(UrlOpener opener, QWidget *parent)
    : QFrame(parent)
    , m_opener(std::move(opener))
    , m_heading(new QLabel(this))
    , m_path(new WrappingLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("consolePath"));
    // Drawn in paintEvent, not by a style sheet (see Callout::applyLevel).
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(1, 1, 1, 1); // the border
    m_path->setObjectName(QStringLiteral("consolePathLabels"));
    m_path->setTextFormat(Qt::RichText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("openConsoleButton"));
    m_open->hide();
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_path);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    connect(m_open, &QPushButton::clicked, this, &ConsolePathBox::openUrl);
    applyColours();
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

void ConsolePathBox::setPaths(const QList<Path> &paths)
{
    QStringList blocks;
    for (const Path &path : paths) {
        QStringList parts;
        for (const QString &label : path.labels)
            parts << QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
        QString html = parts.join(QStringLiteral(" &gt; "));
        if (!path.lead.isEmpty())
            html = path.lead.toHtmlEscaped() + (html.isEmpty() ? QString() : QStringLiteral("<br>"))
                + html;
        blocks << html;
    }
    m_path->setText(blocks.join(QStringLiteral("<br><br>")));
    m_path->setAccessibleName(pathText());
}

QString ConsolePathBox::pathText() const
{
    return QTextDocumentFragment::fromHtml(m_path->text()).toPlainText();
}

void ConsolePathBox::setUrl(const QUrl &url, const QString &buttonText)
{
    m_url = url;
    m_open->setText(buttonText);
    m_open->setAccessibleName(withoutMnemonic(QString(buttonText)));
    m_open->setToolTip(url.toString());
    m_open->setAccessibleDescription(url.toString());
    m_open->setVisible(ProviderUrl::isOfficial(url));
}

void ConsolePathBox::openUrl()
{
    if (m_opener && ProviderUrl::isOfficial(m_url))
        m_opener(m_url);
}

void ConsolePathBox::retranslate()
{
    m_heading->setText(tr("In the console", "@title"));
}

void ConsolePathBox::applyColours()
{
    // The labels' colours only (see Callout::applyColours); the button keeps
    // the palette's own.
    const QColor text = PaletteTints(palette()).consoleBox().text;
    for (QLabel *label : {m_heading, m_path}) {
        QPalette own = label->palette();
        own.setColor(QPalette::WindowText, text);
        own.setColor(QPalette::Text, text);
        label->setPalette(own);
    }
    update();
}

void ConsolePathBox::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void ConsolePathBox::paintEvent(QPaintEvent *)
{
    const PaletteTints::Box box = PaletteTints(palette()).consoleBox();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(box.border);
    painter.setBrush(box.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}
