#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace omnitill::test {

// Answers the modal dialogs as they open, in order: each handler gets the next new one.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<void(QWidget*)>> handlers) : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_answered >= m_handlers.size())
                return;
            m_last = modal;
            m_handlers[m_answered++](modal);
        });
        m_timer.start(20);
    }
    int answered() const { return m_answered; }

private:
    QList<std::function<void(QWidget*)>> m_handlers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_answered = 0;
};

} // namespace omnitill::test
