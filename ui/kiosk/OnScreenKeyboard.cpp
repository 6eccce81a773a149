#include "OnScreenKeyboard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace omnitill::ui {

namespace {
QStringList rowsFor(OnScreenKeyboard::Layout layout)
{
    switch (layout) {
    case OnScreenKeyboard::Layout::Latin:
        return {QStringLiteral("1234567890"), QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL"), QStringLiteral("ZXCVBNM")};
    case OnScreenKeyboard::Layout::Cyrillic:
        return {QStringLiteral("1234567890"), QStringLiteral("ЙЦУКЕНГШЩЗХ"), QStringLiteral("ФЫВАПРОЛДЖЭ"), QStringLiteral("ЯЧСМИТЬБЮЁ")};
    case OnScreenKeyboard::Layout::Digits:
        return {QStringLiteral("1234567890"), QStringLiteral("-.,%&'")};
    }
    return {};
}
} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_keys = new QGridLayout;
    m_keys->setSpacing(6);
    layout->addLayout(m_keys);
    auto* bottom = new QHBoxLayout;
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("keyboardLayoutPushButton"));
    connect(m_switch, &QPushButton::clicked, this, [this] {
        setLayout(m_layout == Layout::Latin ? Layout::Cyrillic : m_layout == Layout::Cyrillic ? Layout::Digits : Layout::Latin);
    });
    m_space = new QPushButton(this);
    m_space->setObjectName(QStringLiteral("keyboardSpacePushButton"));
    connect(m_space, &QPushButton::clicked, this, [this] { press(QStringLiteral(" ")); });
    m_back = new QPushButton(QStringLiteral("\u232b"), this);
    m_back->setObjectName(QStringLiteral("keyboardBackPushButton"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("keyboardClearPushButton"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->clear();
    });
    bottom->addWidget(m_switch, 2);
    bottom->addWidget(m_space, 5);
    bottom->addWidget(m_back, 2);
    bottom->addWidget(m_clear, 2);
    layout->addLayout(bottom);
    setLayout(Layout::Latin);
    retranslate();
}

void OnScreenKeyboard::setLayout(Layout layout)
{
    m_layout = layout;
    while (QLayoutItem* item = m_keys->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList rows = rowsFor(layout);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString key = rows[r].mid(c, 1);
            auto* button = new QPushButton(key, this);
            button->setObjectName(QStringLiteral("keyboardKey%1PushButton").arg(r * 20 + c));
            button->setAccessibleName(key);
            button->setMinimumWidth(48);
            connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
            m_keys->addWidget(button, r, c);
        }
    }
    retranslate();
}

void OnScreenKeyboard::press(const QString& text)
{
    if (m_target)
        m_target->insert(text.toLower());
}

void OnScreenKeyboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::retranslate()
{
    m_switch->setText(m_layout == Layout::Latin      ? QStringLiteral("АБВ")
                      : m_layout == Layout::Cyrillic ? QStringLiteral("123")
                                                     : QStringLiteral("ABC"));
    m_switch->setAccessibleName(tr("Change keyboard: Latin, Cyrillic or digits"));
    m_space->setText(tr("Space"));
    m_back->setAccessibleName(tr("Delete the last letter"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the search"));
}

} // namespace omnitill::ui
