#include "ScreenshotTour.h"

#include "DarkPalette.h"
#include "PageHarness.h"
#include "WindowSizing.h"
#include "cloud/LiveZonePanel.h"
#include "cloud/PublicResourcePanel.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/SampleCompany.h"
#include "pages/CertificationPage.h"
#include "pages/PageId.h"
#include "pages/RegionPage.h"
#include "pages/WelcomePage.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "widgets/Callout.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace {

const char *const PageNames[] = {
    "welcome", "register", "real-name", "certification", "finance-services", "region", "summary"};

// What the two cloud checks would show; sample figures, not live data.
PublicResourceReport sampleReport(bool found)
{
    PublicResourceReport report;
    const QList<QPair<QString, QString>> regions = {
        {QStringLiteral("cn-hangzhou"), QStringLiteral("华东1（杭州）")},
        {QStringLiteral("cn-shanghai"), QStringLiteral("华东2（上海）")},
        {QStringLiteral("cn-beijing"), QStringLiteral("华北2（北京）")},
        {QStringLiteral("cn-shenzhen"), QStringLiteral("华南1（深圳）")},
        {QStringLiteral("cn-hongkong"), QStringLiteral("中国香港")},
    };
    for (const auto &[id, name] : regions) {
        const bool hasSome = found && id == QLatin1String("cn-hangzhou");
        report.regions.append({id, name, hasSome ? 2 : 0, hasSome ? 1 : 0});
    }
    report.verdict = PublicResourceReport::verdictFor(report.regions, false);
    return report;
}

QList<ZoneDifference> sampleZoneDifferences()
{
    QList<RegionZones> live;
    const auto zones = [](const QString &region, const QString &letters) {
        QList<CloudZone> list;
        for (const QChar letter : letters)
            list.append({region + QLatin1Char('-') + letter, QString(), QString()});
        return list;
    };
    // Zone letters follow FACTS: the region id plus a letter.
    live.append({QStringLiteral("cn-hangzhou-finance"),
        zones(QStringLiteral("cn-hangzhou-finance"), QStringLiteral("bcdjk")), std::nullopt});
    live.append({QStringLiteral("cn-shenzhen-finance-1"),
        zones(QStringLiteral("cn-shenzhen-finance-1"), QStringLiteral("ad")), std::nullopt});
    live.append({QStringLiteral("cn-shanghai-finance-1"),
        zones(QStringLiteral("cn-shanghai-finance-1"), QStringLiteral("fgk")), std::nullopt});
    return ZoneComparison::compare(RegionCatalogue::guide(), live);
}

// The sample company (SampleCompany) on its way through the certification
// and into the finance-services and region steps.
void fillSampleData(Profile &profile)
{
    SampleCompany::fillIn(profile);
    const QList<QPair<QString, QString>> answers = {
        {FieldKey::NoPublicResources, FieldValue::True},
        {FieldKey::CertificationOutcome, FieldValue::OutcomeApproved},
        {FieldKey::ContractKind, FieldValue::ContractOnline},
        {FieldKey::TopUpDone, FieldValue::True},
        {FieldKey::FundTransfer, FieldValue::TransferNone},
    };
    for (const auto &[key, value] : answers)
        profile.setField(key, value);
    for (StepId step : {StepId::Register, StepId::RealName, StepId::Certification})
        profile.requestStatus(step, StepStatus::Done);
    profile.requestStatus(StepId::FinanceServices, StepStatus::InProgress);
    profile.requestStatus(StepId::Region, StepStatus::InProgress);
}

const char *const FontFiles[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
};

// Registered; enterprise verification by bank account submitted at the tour's time.
void fillPendingData(Profile &profile)
{
    profile.setField(FieldKey::LoginName, QStringLiteral("example-pay"));
    profile.setField(FieldKey::DedicatedAccount, FieldValue::True);
    profile.setField(FieldKey::CreditCode, QStringLiteral("91110000600037341L"));
    profile.setField(FieldKey::RealNameSubject, FieldValue::Enterprise);
    profile.setField(FieldKey::RealNameMethod, FieldValue::MethodBankAccount);
    profile.setField(FieldKey::BankName, QStringLiteral("中国银行 上海分行"));
    profile.setField(FieldKey::BankAccount, QStringLiteral("4567890123456789"));
    profile.requestStatus(StepId::Register, StepStatus::Done);
    profile.requestStatus(StepId::RealName, StepStatus::Waiting);
}

} // namespace

void applyDeterministicLook(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(app.style()->standardPalette());
    for (const char *file : FontFiles)
        QFontDatabase::addApplicationFont(QString::fromLatin1(file));
    QFont font(QStringLiteral("Noto Sans CJK SC"), 10);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferAntialias);
    app.setFont(font);
    for (Qt::UIEffect effect : {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
             Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QApplication::setEffectEnabled(effect, false);
    QApplication::setCursorFlashTime(0);
}

namespace {

// One pass of the tour: one language in one palette.
struct TourLook
{
    QString suffix; // of the folder: "" or "-dark"
    QPalette palette;
    bool variants; // also the notice pages' smaller window and 2× pictures
};

Error cannotCreate(const QString &folder)
{
    return Error {QCoreApplication::translate("ScreenshotTour", "Cannot create the folder %1.")
                      .arg(QDir::toNativeSeparators(folder)),
        QString()};
}

Error cannotWrite(const QString &file)
{
    return Error {QCoreApplication::translate("ScreenshotTour", "Cannot write %1.")
                      .arg(QDir::toNativeSeparators(file)),
        QString()};
}

bool showsNotice(const QWidget &window)
{
    const QList<Callout *> callouts = window.findChildren<Callout *>();
    return std::any_of(callouts.cbegin(), callouts.cend(),
        [&window](const Callout *callout) { return callout->isVisibleTo(&window); });
}

// The window drawn at `scale` device pixels per pixel: what a screen at that
// ratio shows. Qt lays the window out in device-independent pixels with the
// same font metrics at any ratio (QT_SCALE_FACTOR=2 gives the same layout,
// see tst_accessibility), so only the drawing differs, and this draws it.
QPixmap renderedAt(QWidget &window, qreal scale)
{
    QPixmap picture(window.size() * scale);
    picture.setDevicePixelRatio(scale);
    picture.fill(window.palette().color(QPalette::Window));
    window.render(&picture);
    return picture;
}

Result<QStringList> renderLanguage(const TourOptions &options, LanguageSwitcher &language,
    const QString &code, const TourLook &tourLook)
{
    QStringList written;
    QApplication::setPalette(tourLook.palette);
    const QDir root(options.outputDir);
    const QDir folder(root.filePath(code + tourLook.suffix));
    if (!QDir().mkpath(folder.path()))
        return cannotCreate(folder.path());
    const QString smaller = QStringLiteral("%1-%2x%3")
                                .arg(code)
                                .arg(options.noticeWindowSize.width())
                                .arg(options.noticeWindowSize.height());
    const QString scaled = QStringLiteral("%1-%2x").arg(code).arg(options.noticeScale);
    const bool smallerToo = tourLook.variants && options.noticeWindowSize.isValid();
    const bool scaledToo = tourLook.variants && options.noticeScale != 1;
    for (const QString &variant : {smaller, scaled}) {
        if ((variant == smaller ? smallerToo : scaledToo) && !QDir().mkpath(root.filePath(variant)))
            return cannotCreate(root.filePath(variant));
    }

    QTemporaryDir scratch;
    Result<std::unique_ptr<ProgressStore>> store
        = ProgressStore::openSqlite(scratch.filePath(QStringLiteral("tour.sqlite")));
    if (!store)
        return store.error();
    FixedClock clock(options.now);
    OnboardingSession session(*store.value(), clock);
    PageHarnessOptions look;
    look.windowSize = options.windowSize;
    // The temporary file's random name must not reach the pictures.
    look.storeLocation = QStringLiteral("~/.local/share/fincloud-onboard/progress.sqlite");

    // What the two cloud panels show: panel state, not the profile's.
    std::optional<PublicResourceReport> precheck;
    bool liveZones = false;
    const auto prepare = [&](PageHarness &harness) {
        if (auto *welcome = qobject_cast<WelcomePage *>(harness.shownPage());
            welcome && session.profile().isLoaded())
            welcome->selectProfile(session.profile().id());
        if (auto *certification = qobject_cast<CertificationPage *>(harness.shownPage());
            certification && precheck)
            certification->precheck()->showReport(*precheck);
        if (auto *region = qobject_cast<RegionPage *>(harness.shownPage()); region && liveZones)
            region->liveZones()->showDifferences(sampleZoneDifferences(), clock.now());
    };
    const auto save
        = [&](const QPixmap &picture, const QString &file, QWidget &window) -> Result<> {
        if (!picture.save(file))
            return cannotWrite(file);
        written << file;
        if (options.inspect)
            options.inspect(file, window);
        return {};
    };
    const auto shoot = [&](int page, const char *state) -> Result<> {
        const QString name = QStringLiteral("%1-%2-%3.png")
                                 .arg(page, 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1String(PageNames[page]), QLatin1String(state));
        PageHarness harness(session, page, language, look);
        prepare(harness);
        if (Result<> saved = save(harness.screenshot(), folder.filePath(name), harness); !saved)
            return saved;
        if (!showsNotice(harness))
            return {};
        if (scaledToo) {
            const QString file = QDir(root.filePath(scaled)).filePath(name);
            if (Result<> saved = save(renderedAt(harness, options.noticeScale), file, harness);
                !saved)
                return saved;
        }
        if (smallerToo) {
            PageHarnessOptions smallerLook = look;
            smallerLook.windowSize = options.noticeWindowSize;
            PageHarness other(session, page, language, smallerLook);
            prepare(other);
            const QString file = QDir(root.filePath(smaller)).filePath(name);
            if (Result<> saved = save(other.screenshot(), file, other); !saved)
                return saved;
        }
        return {};
    };

    if (Result<> shot = shoot(WelcomePageId, "empty"); !shot)
        return shot.error();
    if (Result<> created = session.create(SampleCompany::name()); !created)
        return created.error();
    for (int page = RegisterPageId; page <= SummaryPageId; ++page) {
        if (Result<> shot = shoot(page, "empty"); !shot)
            return shot.error();
    }
    fillSampleData(session.profile());
    precheck = sampleReport(false);
    liveZones = true;
    for (int page = SummaryPageId; page >= WelcomePageId; --page) {
        if (Result<> shot = shoot(page, "filled"); !shot)
            return shot.error();
    }

    // Validation errors as the user would see them, then the good values back.
    Profile &profile = session.profile();
    const QList<QPair<int, QPair<QString, QString>>> mistakes = {
        {RegisterPageId, {FieldKey::Mobile, QStringLiteral("12345")}},
        {RealNamePageId, {FieldKey::CreditCode, QStringLiteral("9144-0300-19")}},
        {RegionPageId, {FieldKey::VpcCidr, QStringLiteral("8.8.0.0/16")}},
    };
    for (const auto &[page, mistake] : mistakes) {
        const QString good = profile.field(mistake.first);
        profile.setField(mistake.first, mistake.second);
        if (Result<> shot = shoot(page, "error"); !shot)
            return shot.error();
        profile.setField(mistake.first, good);
    }

    // A credit code whose check character is wrong: a warning, which the
    // user may keep with a reason (a few genuine codes fail the check).
    const QString goodCode = profile.field(FieldKey::CreditCode);
    profile.setField(FieldKey::CreditCode, QStringLiteral("914403001922038217"));
    if (Result<> shot = shoot(RealNamePageId, "warning"); !shot)
        return shot.error();
    profile.setField(FieldKey::CreditCode, goodCode);

    precheck = sampleReport(true);
    if (Result<> shot = shoot(CertificationPageId, "error"); !shot)
        return shot.error();

    // All done.
    profile.requestStatus(StepId::FinanceServices, StepStatus::Done);
    profile.requestStatus(StepId::Region, StepStatus::Done);
    if (Result<> shot = shoot(SummaryPageId, "done"); !shot)
        return shot.error();

    // A second company, waiting for its bank deposit.
    if (Result<> created = session.create(QStringLiteral("上海示例支付服务有限公司")); !created)
        return created.error();
    fillPendingData(session.profile());
    for (int page : {int(RealNamePageId), int(SummaryPageId)}) {
        if (Result<> shot = shoot(page, "pending"); !shot)
            return shot.error();
    }
    // Back eight days later: the deposit review is three working days
    // overdue, and the advice says what to do, with whom (the longest notice).
    clock.set(options.now.addDays(8));
    for (int page : {int(RealNamePageId), int(SummaryPageId)}) {
        if (Result<> shot = shoot(page, "overdue"); !shot)
            return shot.error();
    }
    session.flush();
    return written;
}

} // namespace

Result<QStringList> renderScreenshotTour(const TourOptions &given, LanguageSwitcher &language)
{
    TourOptions options = given;
    if (!options.windowSize.isValid()) {
        const QFontMetrics metrics(QApplication::font());
        const WindowSizing sizing({metrics.height(), metrics.averageCharWidth()});
        options.windowSize = sizing.firstGeometry(QRect(0, 0, 1280, 800)).size();
    }
    const QPalette light = QApplication::palette();
    QList<TourLook> looks = {{QString(), light, true}};
    if (options.dark)
        looks.append({QStringLiteral("-dark"), DarkPalette::qt6ctDarker(), false});
    QStringList written;
    for (const QString &code : options.languages) {
        if (!language.setLanguage(code))
            return Error {
                QCoreApplication::translate("ScreenshotTour", "Unknown language %1.").arg(code),
                QString()};
        for (const TourLook &look : std::as_const(looks)) {
            Result<QStringList> pictures = renderLanguage(options, language, code, look);
            QApplication::setPalette(light);
            if (!pictures)
                return pictures.error();
            written << pictures.value();
        }
    }
    return written;
}
