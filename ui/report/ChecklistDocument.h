// The printable checklist of one profile, as HTML for a QTextDocument, in the
// language installed at the moment it is built: the company, each step with
// its status and dates, what to prepare for the next step, whom to contact,
// and the region and network plan; values the store could not read are named
// as damaged data, never shown as "not started". QtGui only (no widgets), so
// the headless `checklist` command can use it. It never shows a password or
// an AccessKey (the profile holds none) and never reads the store itself.
#pragma once

#include "onboarding/ProfileData.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>

class QTextDocument;

class ChecklistDocument
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)
public:
    // `now` and `zone` decide "as of", overdue days and how dates are shown.
    static QString html(const ProfileData &data, const QDateTime &now, const QTimeZone &zone);

    // The document with the checklist's fonts (CJK-capable) and `html()`.
    static std::unique_ptr<QTextDocument> build(
        const ProfileData &data, const QDateTime &now, const QTimeZone &zone);

    // The title of the document (PDF metadata, dialogs).
    static QString title(const ProfileData &data);
};
