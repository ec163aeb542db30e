// The minutes' parts for the room's voice (issue 30): who came, by kind and channel, with the
// chair's head count as the figure of record; and every poll with its question, answers, counts
// and how many answered through each channel (a budget split: advisory or adopted).
#pragma once
#include "domain/Types.h"
#include "domain/WordCloud.h"
#include "export/Document.h"
#include "export/Minutes.h"

namespace wk::io {

// Nothing when nobody checked in and nobody counted.
void addAttendance(Document&, const Session&, const Words&);
// The (filtered) session's polls; an open one says it is still open and shows no result.
void addPolls(Document&, const Session&, Audience, const Words&);
// Issue 31: the statements sorted by where the room agrees and where it is divided; the words
// the ideas use most; the evaluation (internal minutes only: averages and what people wrote).
void addStatements(Document&, const Session&, const Words&);
void addWordCloud(Document&, const std::vector<CloudWord>&, const Words&);
void addEvaluation(Document&, const Session&, Audience, const Words&, char decimalMark);
// "Hier zijn we het sterk oneens": the sliders split in two camps, with the rule that says so.
void addSplitSliders(Document&, const Session&, const Words&);

}  // namespace wk::io
