// The user interface language: the saved choice, loading the translations, and changing them live.
#include "language.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>

#include <memory>
#include <vector>

namespace mct::ui {

namespace {

const QString kLanguageKey = QStringLiteral("language");

QStringList &extraDirectories()
{
    static QStringList dirs;
    return dirs;
}

QStringList translationDirectories()
{
    return extraDirectories()
           + QStringList{QStringLiteral(":/i18n"),
                         QDir(QCoreApplication::applicationDirPath())
                                 .absoluteFilePath(QStringLiteral("../share/mctester/translations"))};
}

// Where a translated text came from, to translate it again into another language.
struct Origin
{
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;
    int n = -1;
};

// The one translator the application has: it asks the current language's translators and notes
// which source each translation came from (see retranslateWidgets). Any thread may translate.
class SwitchingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    void setTranslators(std::vector<std::unique_ptr<QTranslator>> translators)
    {
        const QMutexLocker lock(&m_mutex);
        m_translators = std::move(translators);
    }

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const override
    {
        const QMutexLocker lock(&m_mutex);
        QString result;
        for (const auto &translator : m_translators) {
            result = translator->translate(context, sourceText, disambiguation, n);
            if (!result.isNull()) {
                break;
            }
        }
        if (result.isNull()) {
            result = QString::fromUtf8(sourceText); // what Qt shows without a translation
        }
        if (!result.isEmpty() && !m_origins.contains(result)) {
            m_origins.insert(result, Origin{context, sourceText, disambiguation, n});
        }
        return result;
    }

    [[nodiscard]] bool isEmpty() const override { return false; }

    // The same text in the language installed now, or a null string if no translation made it.
    [[nodiscard]] QString again(const QString &text) const
    {
        Origin origin;
        {
            const QMutexLocker lock(&m_mutex);
            const auto it = m_origins.constFind(text);
            if (it == m_origins.cend()) {
                return {};
            }
            origin = *it;
        }
        return QCoreApplication::translate(
                origin.context.constData(), origin.source.constData(),
                origin.disambiguation.isNull() ? nullptr : origin.disambiguation.constData(), origin.n);
    }

private:
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<QTranslator>> m_translators; // the first that knows a text wins
    mutable QHash<QString, Origin> m_origins;                // by the translation, in every language used
};

SwitchingTranslator *switchingTranslator(QCoreApplication *app = nullptr)
{
    static SwitchingTranslator *translator = nullptr;
    if (translator == nullptr && app != nullptr) {
        translator = new SwitchingTranslator(app);
    }
    return translator;
}

std::unique_ptr<QTranslator> loadProgramTranslation(const QLocale &locale, const QString &name)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString &dir : translationDirectories()) {
        if (name.isEmpty() ? translator->load(locale, QStringLiteral("mctester"), QStringLiteral("_"), dir)
                           : translator->load(name, dir)) {
            return translator;
        }
    }
    return nullptr;
}

// Every text property a translation may have set on the object, with a new value for each found.
void retranslateProperties(QObject *object, const SwitchingTranslator &translator)
{
    // The user's own words: a field's text is never translated.
    const bool editable = qobject_cast<QLineEdit *>(object) != nullptr
                          || qobject_cast<QAbstractSpinBox *>(object) != nullptr
                          || qobject_cast<QPlainTextEdit *>(object) != nullptr
                          || qobject_cast<QTextEdit *>(object) != nullptr;
    // A tool button shows its action's texts, which are retranslated on the action.
    const auto *button = qobject_cast<QToolButton *>(object);
    if (button != nullptr && button->defaultAction() != nullptr) {
        return;
    }
    static const char *const kProperties[] = {
            "text",      "title",    "windowTitle",     "toolTip",        "statusTip",
            "whatsThis", "iconText", "placeholderText", "accessibleName", "accessibleDescription",
            "mctToolTip"};
    for (const char *name : kProperties) {
        if (editable && qstrcmp(name, "text") == 0) {
            continue;
        }
        const QVariant value = object->property(name);
        if (value.typeId() != QMetaType::QString) {
            continue;
        }
        const QString again = translator.again(value.toString());
        if (!again.isNull() && again != value.toString()) {
            object->setProperty(name, again);
        }
    }
}

void retranslateItems(QObject *object, const SwitchingTranslator &translator)
{
    const auto update = [&translator](const QString &text, const auto &set) {
        const QString again = translator.again(text);
        if (!again.isNull() && again != text) {
            set(again);
        }
    };
    if (auto *tabs = qobject_cast<QTabWidget *>(object)) {
        for (int i = 0; i < tabs->count(); ++i) {
            update(tabs->tabText(i), [tabs, i](const QString &t) { tabs->setTabText(i, t); });
            update(tabs->tabToolTip(i), [tabs, i](const QString &t) { tabs->setTabToolTip(i, t); });
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(object)) {
        for (int i = 0; i < combo->count(); ++i) {
            update(combo->itemText(i), [combo, i](const QString &t) { combo->setItemText(i, t); });
            update(combo->itemData(i, Qt::ToolTipRole).toString(),
                   [combo, i](const QString &t) { combo->setItemData(i, t, Qt::ToolTipRole); });
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, code);
    }
}

void addTranslationDirectory(const QString &dir)
{
    extraDirectories().prepend(dir);
}

void installEnglishPluralForms(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    for (const QString &dir : translationDirectories()) {
        if (translator->load(QStringLiteral("mctester_en"), dir)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    }
    delete translator; // not found: the messages show "packet(s)", still readable
}

QString installTranslators(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    std::vector<std::unique_ptr<QTranslator>> translators;
    QString loaded = QStringLiteral("en");
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (auto program = loadProgramTranslation(locale, {})) {
            loaded = program->language();
            translators.push_back(std::move(program));
            // Qt's own strings (standard buttons, context menus), when the system has them.
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                translators.push_back(std::move(qt));
            }
        }
    }
    if (translators.empty()) {
        // English, or a language without a translation: the plural forms ("1 packet", "2 packets").
        if (auto plurals = loadProgramTranslation(locale, QStringLiteral("mctester_en"))) {
            translators.push_back(std::move(plurals));
        }
    }
    SwitchingTranslator *translator = switchingTranslator(&app);
    translator->setTranslators(std::move(translators));
    // Installed again, so that every widget hears of the change (QEvent::LanguageChange).
    QCoreApplication::removeTranslator(translator);
    QCoreApplication::installTranslator(translator);
    return loaded;
}

void retranslateWidgets(QWidget *root)
{
    const SwitchingTranslator *translator = switchingTranslator();
    if (translator == nullptr) {
        return; // nothing was ever translated
    }
    QList<QObject *> objects{root};
    objects += root->findChildren<QObject *>();
    for (QObject *object : std::as_const(objects)) {
        if (qobject_cast<QWidget *>(object) == nullptr && qobject_cast<QAction *>(object) == nullptr) {
            continue;
        }
        retranslateProperties(object, *translator);
        retranslateItems(object, *translator);
    }
}

} // namespace mct::ui
