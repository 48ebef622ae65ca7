// The widgets a user operates on every wizard page, with the names external
// UI-test tools and screen readers find them by (docs/ui-objects.md is written
// from it). It runs its own wizard on a temporary database with a sample
// company whose data shows every optional part of each page; it must never
// open the user's store or change anything outside itself.
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class CloudAccess;
class LanguageSwitcher;
class OnboardingSession;
class OnboardingWizard;
class QNetworkAccessManager;
class ProgressStore;
class QWidget;

struct UiObject
{
    QString area; // "page", "wizard" (QWizard's own buttons) or "sidebar"
    QString className;
    QString objectName;
    QString accessibleName;
    QString accessibleDescription;
};

struct UiPage
{
    int id = -1;
    QString objectName;
    QString title;
    QList<UiObject> objects;
};

class UiInventory
{
public:
    ~UiInventory();
    UiInventory(const UiInventory &) = delete;
    UiInventory &operator=(const UiInventory &) = delete;

    // A shown wizard of `windowSize` with the sample company open, on the
    // welcome page, in the language `language` has now.
    static Result<std::unique_ptr<UiInventory>> open(
        LanguageSwitcher &language, QSize windowSize = {900, 640});

    OnboardingWizard &wizard() const { return *m_wizard; }
    OnboardingSession &session() const { return *m_session; }
    // Walks to `page` and lets the layouts settle; false when a page on the
    // way refused to be left.
    bool showPage(int page);

    // Buttons, fields, choices, lists and tables; not the parts of one of them
    // (a table's header, a spin box's line edit).
    static bool isInteractive(const QWidget *widget);
    // The interactive widgets visible in the window now, each area (page,
    // wizard, sidebar) from top to bottom and left to right.
    QList<QWidget *> interactiveWidgets() const;
    QString areaOf(const QWidget *widget) const;
    // Every page, in page order; an error when one cannot be reached.
    Result<QList<UiPage>> collect();

    // A Markdown document: a table per page.
    static QString markdown(const QList<UiPage> &pages, const QString &languageCode);
    // What `fincloud-onboard --list-ui-objects FILE.md` does.
    static Result<> writeMarkdown(
        const QString &file, LanguageSwitcher &language, const QString &languageCode);

private:
    UiInventory();

    QTemporaryDir m_scratch;
    FixedClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CloudAccess> m_cloud;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<OnboardingSession> m_session;
    std::unique_ptr<OnboardingWizard> m_wizard;
};
