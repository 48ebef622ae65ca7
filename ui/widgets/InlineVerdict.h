// How a finding about typed input reads on every page: one line under its
// field, "Error: …" in the level's colour and in words (never colour alone),
// and the same sentence as the field's accessible description. An Ok finding
// shows nothing. Typing mistakes are shown this way, never as a Callout: the
// guide's notice levels (Danger above all) are for the guide's notices. It
// never decides a verdict, nor whether a page may be left.
#pragma once

#include "validation/FieldVerdict.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

class InlineVerdict
{
    Q_DECLARE_TR_FUNCTIONS(InlineVerdict)
public:
    // A hidden, word-wrapped label for the verdicts of one field.
    static QLabel *makeLabel(QWidget *parent, const QString &objectName);
    // Shows `verdict` in `label` (hidden for Ok, or while `field` is hidden)
    // and describes `field` for screen readers (an Ok verdict by its message).
    static void show(QLabel *label, QWidget *field, const FieldVerdict &verdict);
    // The words before the message: "Error", "Check", "Note".
    static QString levelName(FieldVerdict::Level level);
};
