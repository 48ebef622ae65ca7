// Where the keyboard starts on a page: the first field, in Tab order, that
// still needs input (an enabled, visible, editable text field that is
// empty). Pages that know better (the welcome page) decide for themselves.
// It never changes a value; it only moves the focus.
#pragma once

class QWidget;

class FirstInput
{
public:
    // The field, or nullptr when every field is filled in.
    static QWidget *of(QWidget *page);
    // Focuses it (as Tab would); false when there is none.
    static bool focus(QWidget *page);
};
