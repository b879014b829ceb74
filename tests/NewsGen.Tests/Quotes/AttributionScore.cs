using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// How the parser does on a set of labelled passages. Precision: share of assigned speakers that are right (a
/// speaker given to a quote labelled "-", or to a quote nobody labelled, counts as wrong). Recall: share of
/// labelled speakers found. Extraction: labelled quotes found (matched by the start of their text) and their kinds.
/// Where the passages carry tags, <see cref="Breakdown"/> gives the same figures per style, per convention, per
/// speaker kind and for pronoun-resolved speakers, and the conventions with the most misses.
/// </summary>
internal sealed class AttributionScore
{
    private readonly Tally _all = new();

    // Row name -> tally; rows appear in the order first seen within each group.
    private readonly Dictionary<string, Tally> _styles = new();
    private readonly Dictionary<string, Tally> _conventions = new();
    private readonly Dictionary<string, Tally> _kinds = new();
    private readonly Tally _pronoun = new();
    private readonly Tally _notPronoun = new();

    private AttributionScore(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public int Passages { get; private set; }

    public int Labelled => _all.Labelled;

    public int LabelledSpeakers => _all.LabelledSpeakers;

    public int Extracted => _all.Extracted;

    public int Unlabelled => _all.Unlabelled;

    public int KindsRight => _all.KindsRight;

    public int Assigned => _all.Assigned;

    public int Right => _all.Right;

    public double Precision => _all.Precision;

    public double Recall => _all.Recall;

    public double ExtractionRate => _all.ExtractionRate;

    public double KindAccuracy => Labelled == 0 ? 0 : (double)KindsRight / Labelled;

    /// <summary>The figures and one line per miss, for the test output and assertion messages.</summary>
    public string Report { get; private set; } = string.Empty;

    /// <summary>The figures per style, convention, speaker kind and pronoun row, then the conventions with the most misses.</summary>
    public string Breakdown { get; private set; } = string.Empty;

    /// <summary>The pronoun-resolved speakers' figures.</summary>
    public Tally PronounResolved => _pronoun;

    public static AttributionScore Measure(string name, IReadOnlyList<LabelledPassage> passages)
    {
        var score = new AttributionScore(name) { Passages = passages.Count };
        var details = new StringBuilder();
        foreach (LabelledPassage passage in passages)
        {
            score.Add(passage, details);
        }

        score.Report = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} passages, {2} labelled quotes ({3} with a speaker), {4} extracted ({5:0.000}), {6} unlabelled, kinds right {7} ({8:0.000}).\n" +
            "Speakers assigned {9}, right {10}: precision {11:0.000}, recall {12:0.000}.\n{13}",
            name, score.Passages, score.Labelled, score.LabelledSpeakers, score.Extracted, score.ExtractionRate, score.Unlabelled,
            score.KindsRight, score.KindAccuracy, score.Assigned, score.Right, score.Precision, score.Recall, details);
        score.Breakdown = score.BuildBreakdown();
        return score;
    }

    private void Add(LabelledPassage passage, StringBuilder details)
    {
        ParsedArticle article = ArticleParser.Parse(passage.Text);
        var matched = new bool[article.Quotes.Count];
        foreach (LabelledQuote label in passage.Quotes)
        {
            List<Tally> rows = RowsOf(passage, label);
            int found = Find(article, label, matched);
            if (found < 0)
            {
                Count(rows, t => t.NotExtracted(label.Speaker is not null));
                details.AppendLine("  " + passage.Id + ": not extracted: " + label.Start);
                continue;
            }

            matched[found] = true;
            ArticleQuote quote = article.Quotes[found];
            _all.KindsRight += quote.Kind == label.Kind ? 1 : 0;
            if (quote.Kind != label.Kind)
            {
                details.AppendLine("  " + passage.Id + ": kind " + quote.Kind + ", labelled " + label.Kind + ": " + label.Start);
            }

            bool right = quote.Speaker is not null && SameSpeaker(quote.Speaker, label);
            Count(rows, t => t.Extract(label.Speaker is not null, quote.Speaker is not null, right));
            if (!right && (quote.Speaker is not null || label.Speaker is not null))
            {
                details.AppendLine("  " + passage.Id + ": speaker " + (quote.Speaker ?? "-") + ", labelled " + (label.Speaker ?? "-") + ": " + label.Start);
            }
        }

        for (int i = 0; i < matched.Length; i++)
        {
            if (!matched[i])
            {
                var rows = new List<Tally> { _all };
                AddPassageRows(passage, rows);
                Count(rows, t => t.Unlabel(article.Quotes[i].Speaker is not null));
                details.AppendLine("  " + passage.Id + ": unlabelled quote: " + article.Quotes[i].Text);
            }
        }
    }

    private static int Find(ParsedArticle article, LabelledQuote label, bool[] matched)
    {
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            if (!matched[i] && article.Quotes[i].Text.StartsWith(label.Start, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // A person is the exact canonical name; an organisation or a description may differ in case and leading article.
    private static bool SameSpeaker(string found, LabelledQuote label)
    {
        if (label.Speaker is null)
        {
            return false;
        }

        return label.SpeakerKind == LabelledSpeakerKind.Person
            ? found == label.Speaker
            : string.Equals(Loose(found), Loose(label.Speaker), StringComparison.OrdinalIgnoreCase);
    }

    private static string Loose(string speaker)
    {
        string s = speaker.Trim();
        foreach (string article in new[] { "the ", "a ", "an " })
        {
            if (s.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return s.Substring(article.Length);
            }
        }

        return s;
    }

    private List<Tally> RowsOf(LabelledPassage passage, LabelledQuote label)
    {
        var rows = new List<Tally> { _all };
        AddPassageRows(passage, rows);
        foreach (string convention in label.OwnConventions)
        {
            Tally row = Row(_conventions, convention);
            if (!rows.Contains(row))
            {
                rows.Add(row);
            }
        }

        if (label.Speaker is not null)
        {
            rows.Add(Row(_kinds, label.SpeakerKind.ToString().ToLowerInvariant()));
        }

        rows.Add(label.Pronoun ? _pronoun : _notPronoun);
        return rows;
    }

    private void AddPassageRows(LabelledPassage passage, List<Tally> rows)
    {
        if (passage.Style is not null)
        {
            rows.Add(Row(_styles, passage.Style));
        }

        foreach (string convention in passage.OwnConventions)
        {
            rows.Add(Row(_conventions, convention));
        }
    }

    private static Tally Row(Dictionary<string, Tally> group, string name)
    {
        if (!group.TryGetValue(name, out Tally? row))
        {
            row = new Tally();
            group.Add(name, row);
        }

        return row;
    }

    private static void Count(List<Tally> rows, Action<Tally> action)
    {
        foreach (Tally row in rows)
        {
            action(row);
        }
    }

    private string BuildBreakdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Name + " breakdown: quote recall, speaker precision (right/assigned), speaker recall (right/labelled), misses");
        text.AppendLine(Line("overall", _all));
        text.AppendLine(Line("pronoun-resolved", _pronoun));
        text.AppendLine(Line("not pronoun-resolved", _notPronoun));
        text.AppendLine("per speaker kind (labelled speakers only):");
        foreach (KeyValuePair<string, Tally> row in _kinds.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Line("  " + row.Key, row.Value));
        }

        text.AppendLine("per style:");
        foreach (string style in AttributionCorpus.Styles)
        {
            if (_styles.TryGetValue(style, out Tally? row))
            {
                text.AppendLine(Line("  " + style, row));
            }
        }

        text.AppendLine("per convention:");
        foreach (string convention in AttributionCorpus.KnownConventions)
        {
            if (_conventions.TryGetValue(convention, out Tally? row))
            {
                text.AppendLine(Line("  " + convention, row));
            }
        }

        text.Append("conventions with the most misses:");
        foreach (KeyValuePair<string, Tally> row in _conventions
            .Where(r => r.Value.Misses > 0)
            .OrderByDescending(r => r.Value.Misses)
            .ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(' ').Append(row.Key).Append(" (").Append(row.Value.Misses.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.AppendLine().ToString();
    }

    private static string Line(string name, Tally t) => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-24} quotes {1,3}  quote recall {2:0.000}  precision {3:0.000} ({4}/{5})  recall {6:0.000} ({4}/{7})  misses {8}",
        name, t.Labelled, t.ExtractionRate, t.Precision, t.Right, t.Assigned, t.Recall, t.LabelledSpeakers, t.Misses);

    /// <summary>
    /// The counts behind one row. A miss: a labelled quote not extracted, a labelled speaker not found or wrong, or a
    /// speaker given where the label has none, or a quote extracted that nobody labelled.
    /// </summary>
    internal sealed class Tally
    {
        public int Labelled { get; private set; }

        public int LabelledSpeakers { get; private set; }

        public int Extracted { get; private set; }

        public int Unlabelled { get; private set; }

        public int KindsRight { get; set; }

        public int Assigned { get; private set; }

        public int Right { get; private set; }

        public int Misses { get; private set; }

        public double Precision => Assigned == 0 ? 0 : (double)Right / Assigned;

        public double Recall => LabelledSpeakers == 0 ? 0 : (double)Right / LabelledSpeakers;

        public double ExtractionRate => Labelled == 0 ? 0 : (double)Extracted / Labelled;

        public void NotExtracted(bool hasSpeaker)
        {
            Labelled++;
            LabelledSpeakers += hasSpeaker ? 1 : 0;
            Misses++;
        }

        public void Extract(bool hasSpeaker, bool assigned, bool right)
        {
            Labelled++;
            LabelledSpeakers += hasSpeaker ? 1 : 0;
            Extracted++;
            Assigned += assigned ? 1 : 0;
            Right += right ? 1 : 0;
            Misses += (hasSpeaker && !right) || (!hasSpeaker && assigned) ? 1 : 0;
        }

        public void Unlabel(bool assigned)
        {
            Unlabelled++;
            Assigned += assigned ? 1 : 0;
            Misses++;
        }
    }
}
