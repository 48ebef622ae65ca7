#include "UiInventory.h"

#include "OnboardingWizard.h"
#include "cloud/CloudAccess.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/SampleCompany.h"
#include "pages/PageId.h"
#include "pages/WelcomePage.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace {

// The sample company (SampleCompany) with what shows every optional part:
// the bank fields and the deposit box (a bank verification waiting for
// review), the reason for keeping a credit code that fails its check, the
// fund-transfer ticket and the VPC plan.
void showEveryOptionalPart(Profile &profile)
{
    SampleCompany::fillIn(profile);
    profile.requestStatus(StepId::Register, StepStatus::Done);
    // The taxpayer ID stays the sample's good code: the page would copy this
    // one, check failure included.
    profile.setField(FieldKey::CreditCode, QStringLiteral("914403001922038217"));
    profile.setField(FieldKey::CreditCodeOverride, QStringLiteral("Printed so on our licence"));
    profile.setField(FieldKey::DepositAmount, QStringLiteral("0.35"));
    profile.requestStatus(StepId::RealName, StepStatus::Waiting);
    profile.setField(FieldKey::ContractKind, FieldValue::ContractOffline);
    profile.setField(FieldKey::FundTransfer, FieldValue::TransferTicketOpened);
    profile.setField(FieldKey::FundTicketId, QStringLiteral("20261102-0001"));
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

bool isInteractiveClass(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

// A Markdown table cell: one line, no markup of its own.
QString cell(const QString &text)
{
    return text.toHtmlEscaped()
        .replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString code(const QString &text)
{
    return text.isEmpty() ? QString() : QLatin1Char('`') + text + QLatin1Char('`');
}

} // namespace

UiInventory::UiInventory()
    : m_clock(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), QTimeZone("Asia/Shanghai"))
{ }

UiInventory::~UiInventory()
{
    m_wizard.reset();
    m_session.reset();
    m_store.reset();
}

Result<std::unique_ptr<UiInventory>> UiInventory::open(LanguageSwitcher &language, QSize windowSize)
{
    std::unique_ptr<UiInventory> inventory(new UiInventory);
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(
        inventory->m_scratch.filePath(QStringLiteral("ui-inventory.sqlite")));
    if (!store)
        return store.error();
    inventory->m_store = std::move(store).value();
    inventory->m_session
        = std::make_unique<OnboardingSession>(*inventory->m_store, inventory->m_clock);
    OnboardingSession &session = *inventory->m_session;
    inventory->m_network = std::make_unique<QNetworkAccessManager>();
    inventory->m_cloud = std::make_unique<CloudAccess>(*inventory->m_network, inventory->m_clock,
        EndpointPolicy(), QProcessEnvironment(), nullptr);
    inventory->m_wizard = std::make_unique<OnboardingWizard>(
        session, language, [](const QUrl &) { return true; }, *inventory->m_cloud);
    OnboardingWizard &wizard = *inventory->m_wizard;
    wizard.setFixedSize(windowSize);
    wizard.show();
    settle();
    if (Result<> created = session.create(SampleCompany::name()); !created)
        return created.error();
    wizard.welcomePage()->selectProfile(session.profile().id());
    showEveryOptionalPart(session.profile());
    settle();
    return inventory;
}

bool UiInventory::showPage(int page)
{
    m_wizard->goToPage(page);
    settle();
    return m_wizard->currentId() == page;
}

bool UiInventory::isInteractive(const QWidget *widget)
{
    if (!isInteractiveClass(widget))
        return false;
    for (const QWidget *outer = widget->parentWidget(); outer; outer = outer->parentWidget()) {
        if (isInteractiveClass(outer))
            return false;
    }
    return true;
}

QString UiInventory::areaOf(const QWidget *widget) const
{
    if (m_wizard->currentPage() && m_wizard->currentPage()->isAncestorOf(widget))
        return QStringLiteral("page");
    if (m_wizard->sideWidget() && m_wizard->sideWidget()->isAncestorOf(widget))
        return QStringLiteral("sidebar");
    return QStringLiteral("wizard");
}

QList<QWidget *> UiInventory::interactiveWidgets() const
{
    QList<QWidget *> widgets;
    for (QWidget *widget : m_wizard->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(m_wizard.get()) && isInteractive(widget))
            widgets << widget;
    }
    const QStringList areas
        = {QStringLiteral("page"), QStringLiteral("wizard"), QStringLiteral("sidebar")};
    const auto key = [&](const QWidget *widget) {
        const QPoint at = widget->mapTo(m_wizard.get(), QPoint(0, 0));
        return std::make_tuple(areas.indexOf(areaOf(widget)), at.y(), at.x());
    };
    std::stable_sort(widgets.begin(), widgets.end(),
        [&](const QWidget *a, const QWidget *b) { return key(a) < key(b); });
    return widgets;
}

Result<QList<UiPage>> UiInventory::collect()
{
    QList<UiPage> pages;
    for (int id : m_wizard->pageIds()) {
        if (!showPage(id))
            return Error {QStringLiteral("Page %1 cannot be reached.").arg(id),
                QStringLiteral("stopped on page %1").arg(m_wizard->currentId())};
        UiPage page;
        page.id = id;
        page.objectName = m_wizard->currentPage()->objectName();
        page.title = m_wizard->currentPage()->title();
        for (const QWidget *widget : interactiveWidgets())
            page.objects.append({areaOf(widget),
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                widget->accessibleName(), widget->accessibleDescription()});
        pages.append(page);
    }
    return pages;
}

QString UiInventory::markdown(const QList<UiPage> &pages, const QString &languageCode)
{
    QString text = QStringLiteral(
        "# The wizard's interactive widgets\n\n"
        "Generated from the running wizard by `fincloud-onboard --list-ui-objects FILE.md` "
        "(build target `update_ui_objects`); do not edit by hand.\n\n"
        "Each page lists the widgets visible in the window on that page: the page's own, then "
        "the wizard's buttons, then the steps in the sidebar, each from top to bottom and left "
        "to right. The sample data shows every optional part of each page. Find a widget by its "
        "object name, which is the same in every language; the accessible names and "
        "descriptions below are those of the language `%1`.\n")
                       .arg(languageCode);
    for (const UiPage &page : pages) {
        text += QStringLiteral("\n## %1 %2 (%3)\n\n")
                    .arg(page.id)
                    .arg(cell(page.title), code(page.objectName));
        text += QStringLiteral("| Area | Class | Object name | Accessible name | "
                               "Accessible description |\n"
                               "| --- | --- | --- | --- | --- |\n");
        for (const UiObject &object : page.objects)
            text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                        .arg(object.area, object.className, code(object.objectName),
                            cell(object.accessibleName), cell(object.accessibleDescription));
    }
    return text;
}

// A tool for the build, not for users: its messages are English only.
Result<> UiInventory::writeMarkdown(
    const QString &file, LanguageSwitcher &language, const QString &languageCode)
{
    if (!language.setLanguage(languageCode))
        return Error {QStringLiteral("Unknown language %1.").arg(languageCode), QString()};
    Result<std::unique_ptr<UiInventory>> inventory = open(language);
    if (!inventory)
        return inventory.error();
    const Result<QList<UiPage>> pages = inventory.value()->collect();
    if (!pages)
        return pages.error();
    const QString text = markdown(pages.value(), languageCode);
    // Not OutputFile: a document of the repository, no personal data, and it
    // keeps the mode a checkout gave it. flush() before commit(): Qt 6.4's
    // commit() reports success when its own last flush fails (disk full).
    const QByteArray bytes = text.toUtf8();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()
        || !out.commit())
        return Error {QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(file)),
            out.errorString()};
    return {};
}
