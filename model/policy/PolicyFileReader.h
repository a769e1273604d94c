#pragma once

// The reader of one policy file, shared by its parts: PolicyReader.cpp (facts, drug lists, the
// file as a whole) and PolicyCriteria.cpp (the criteria). Private to the policy library.

#include "JsonReader.h"
#include "PolicyReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace urdesk::detail {

// Reads one JSON file into a Policy (or the common definitions), collecting every error.
class PolicyFileReader : public JsonReader
{
public:
    PolicyFileReader(QString fileName, const CommonDefinitions* common);

    // ---- words in other languages (PolicyReader.cpp) ---------------------------------------
    QJsonObject object(const QJsonValue& v, const QString& path);
    QHash<QString, QString> plain(const QJsonObject& o, const QString& path);
    CountUnit countUnit(const QJsonValue& v, const QString& path);

    // ---- facts (PolicyReader.cpp) ----------------------------------------------------------
    FactDefinition fact(const QJsonObject& o, const QString& path);
    void addFact(const FactDefinition& f, const QString& path);
    int factRef(const QJsonValue& v, const QString& path);

    // ---- drug lists (PolicyReader.cpp) -----------------------------------------------------
    void addDrugSet(const DrugSet& set, const QString& path);
    int listIndex(const QString& id) const;
    QStringList diagnoses() const;
    DrugListMask lists(const QJsonValue& v, const QString& path);

    // ---- criteria (PolicyCriteria.cpp) -----------------------------------------------------
    int node(const QJsonValue& value, const QString& path, int parent, bool hidden);
    std::optional<ApprovalDuration> approval(const QJsonValue& v, const QString& path);
    int requireFactOfType(const QJsonObject& o, const QString& path, QList<FactType> types,
                          const QString& what);
    CriterionTest test(const QJsonObject& o, const QString& path, QList<int>* facts);
    Potency minimumPotency(const QJsonObject& o, const QString& path);
    QList<TherapyOutcome> outcomes(const QJsonObject& o, const QString& path);
    ConcomitantTest concomitant(const QJsonValue& v, const QString& path);
    template <typename Dep>
    PrescriberTest prescriber(const QJsonValue& v, const QString& path, Dep dep);
    TherapyTest therapy(const QJsonValue& v, const QString& path);

    // ---- whole files (PolicyReader.cpp) ----------------------------------------------------
    void readFacts(const QJsonObject& root, QList<std::pair<int, QJsonValue>>* askWhen);
    void readDrugLists(const QJsonObject& root);
    void checkAskWhenCycles();
    QList<int> factsUnder(int nodeIndex) const;
    bool openRoot(const QByteArray& json, QJsonObject* root);
    Result<CommonDefinitions> readCommon(const QByteArray& json);
    Result<Policy> read(const QByteArray& json);
    void countQuantityInTheDrugsUnit();
    void requestedDrug(const CoveredDrug& drug, const QString& path, DrugSetPart* requested);
    void readQuantity(const QJsonObject& root);

private:
    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(urdesk::PolicyReader)
    };

    const CommonDefinitions* m_common = nullptr;
    Policy m_policy;
    QList<QString> m_listPaths;
    QSet<QString> m_nodeIds;
    const DrugVocabulary* m_vocabulary = nullptr;
    bool m_usesQuantity = false;
};

} // namespace urdesk::detail
