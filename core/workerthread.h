// Owns a QThread with one worker QObject on it; the worker is deleted on its own thread.
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <utility>

namespace mct::core {

template<typename Worker>
class WorkerThread final
{
public:
    explicit WorkerThread(const QString &name)
        : m_worker(new Worker)
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // For connecting to the worker's signals; never call its methods directly from another thread.
    [[nodiscard]] Worker *worker() const { return m_worker; }

    // Runs f(worker) on the worker's thread, after everything posted before it.
    template<typename F>
    void post(F &&f) const
    {
        Worker *w = m_worker;
        QMetaObject::invokeMethod(
                w, [w, f = std::forward<F>(f)]() mutable { f(*w); }, Qt::QueuedConnection);
    }

    // Like post(), but waits until f has run (for a clean end: flush before quitting).
    template<typename F>
    void call(F &&f) const
    {
        Worker *w = m_worker;
        QMetaObject::invokeMethod(
                w, [w, f = std::forward<F>(f)]() mutable { f(*w); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace mct::core
