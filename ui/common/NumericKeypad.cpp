#include "NumericKeypad.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace omnitill::ui {

NumericKeypad::NumericKeypad(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("numericKeypad"));
    auto* grid = new QGridLayout(this);
    grid->setSpacing(4);
    const QStringList keys{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),  QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("1"),  QStringLiteral("2"),
                           QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("00"), QStringLiteral(".")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* button = new QPushButton(keys[i], this);
        button->setObjectName(QStringLiteral("key%1PushButton").arg(keys[i] == QLatin1String(".") ? QStringLiteral("Dot") : keys[i]));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(56, 40);
        connect(button, &QPushButton::clicked, this, [this, key = keys[i]] { press(key); });
        grid->addWidget(button, i / 3, i % 3);
        if (keys[i] == QLatin1String("."))
            m_decimal = button;
    }
    m_back = new QPushButton(QStringLiteral("\u232b"), this);
    m_back->setObjectName(QStringLiteral("keyBackPushButton"));
    m_back->setFocusPolicy(Qt::NoFocus);
    connect(m_back, &QPushButton::clicked, this, [this] { press(QStringLiteral("back")); });
    grid->addWidget(m_back, 0, 3);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("keyClearPushButton"));
    m_clear->setFocusPolicy(Qt::NoFocus);
    connect(m_clear, &QPushButton::clicked, this, [this] { press(QStringLiteral("clear")); });
    grid->addWidget(m_clear, 1, 3);
    m_enter = new QPushButton(this);
    m_enter->setObjectName(QStringLiteral("keyEnterPushButton"));
    m_enter->setFocusPolicy(Qt::NoFocus);
    connect(m_enter, &QPushButton::clicked, this, &NumericKeypad::enterPressed);
    grid->addWidget(m_enter, 2, 3, 2, 1);
    m_enter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    retranslate();
}

void NumericKeypad::press(const QString& key)
{
    if (!m_target)
        return;
    if (key == QLatin1String("back"))
        m_target->backspace();
    else if (key == QLatin1String("clear"))
        m_target->clear();
    else if (key == QLatin1String("."))
        m_target->insert(QLocale().decimalPoint()); // the store's: "3,50" in Berlin
    else
        m_target->insert(key);
}

void NumericKeypad::retranslate()
{
    m_decimal->setText(QLocale().decimalPoint());
    m_clear->setText(tr("C"));
    m_clear->setAccessibleName(tr("Clear"));
    m_back->setAccessibleName(tr("Delete the last digit"));
    m_enter->setText(tr("Enter"));
}

void NumericKeypad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omnitill::ui
