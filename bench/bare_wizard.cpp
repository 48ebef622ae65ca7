// The start-up baseline: a bare QWizard with one page (a label and a line
// edit), built in the same tree with the same compiler flags, the same wizard
// style and window size as fincloud-onboard, and quitting the same way after
// its first paint. bench/run compares the real program against it (wall time
// and peak memory of the whole process). It never opens a database, loads a
// translation or touches the network: it is what any Qt wizard costs.
#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

namespace {

// The same rule as fincloud-onboard's --quit-after-first-paint: the event
// loop ends once the window has received its first paint event.
class QuitAfterFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Quit once the window has painted."));
    parser.addOption(quitOption);
    parser.process(app);

    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    auto *page = new QWizardPage(&wizard);
    page->setTitle(QStringLiteral("One page"));
    auto *form = new QFormLayout(page);
    auto *edit = new QLineEdit(page);
    edit->setObjectName(QStringLiteral("name"));
    auto *label = new QLabel(QStringLiteral("&Name:"), page);
    label->setBuddy(edit);
    form->addRow(label, edit);
    wizard.addPage(page);
    // fincloud-onboard's window size: painting cost grows with the area.
    const QFontMetrics metrics = wizard.fontMetrics();
    wizard.resize(metrics.height() * 62, metrics.height() * 44);

    QuitAfterFirstPaint quitter;
    if (parser.isSet(quitOption))
        wizard.installEventFilter(&quitter);
    wizard.show();
    return app.exec();
}
