// Rows of "label: field" for the pages and their panels: one look for every
// form (fields take the width, long rows wrap under their label, labels on
// the left), and every label the buddy of its field, so that its mnemonic
// reaches it. The texts are the page's: set in its retranslate(). It never
// binds, checks or stores a value.
#pragma once

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

class LabelledRows
{
public:
    // A form with the common look; the caller puts it where it belongs.
    static QFormLayout *form();
    // A row of `field` with a new label (or `label`, which is made not to
    // wrap: see add()) whose mnemonic focuses `buddy` (`field` itself when
    // not given). Returns the label.
    static QLabel *add(
        QFormLayout *form, QWidget *field, QWidget *buddy = nullptr, QLabel *label = nullptr);
    // A row of several controls (radio buttons …); the mnemonic focuses `buddy`.
    static QLabel *add(QFormLayout *form, QLayout *fields, QWidget *buddy);
    // The label on a row of its own and `field` across the whole width below
    // it: for fields whose items are long.
    static QLabel *addAbove(QFormLayout *form, QWidget *field);
};
