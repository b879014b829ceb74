using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Benchmarks.Attribution;

/// <summary>
/// Scores NewsGen's quotations and speakers against PolNeAR (networkdynamics/PolNeAR: US political news with
/// brat attribution annotations). The corpus is third-party text and stays outside the repository; this reads
/// it from the directories given. docs/quotes.md, "PolNeAR", states the rules below and the figures.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Direct quotes</b>: an annotated Content span with at least two double quotation marks in it (or
/// within two characters of its ends, where annotators left the marks out). Mixed quotes (<c>says the candidate
/// has “always run a lean campaign.”</c>) count: the quoted words are direct speech.</item>
/// <item><b>Alignment</b>: a NewsGen statement or fragment (top level) is aligned to a direct-quote Content when
/// their spans in the file overlap. Quote recall = share of direct-quote Contents with an aligned quote.</item>
/// <item><b>Source kinds</b>: the annotated Source text is a <i>pronoun</i> (he, she, they, I, who, …), a
/// <i>name</i> (a capitalised word other than a leading determiner: "Trump", "Mr. Trump", "The White House",
/// "Democrats"), or a <i>description</i> ("a spokesman for the campaign"). No Source: not scored.</item>
/// <item><b>Speaker match</b>: NewsGen's speaker's last name word (suffixes such as Jr. dropped) occurs as a
/// whole word in the Source text, case and apostrophe shape ignored. For a pronoun Source the reference is
/// the most recent name Source the annotator marked before it in the article (an approximation of the
/// coreference PolNeAR does not annotate).</item>
/// <item><b>Scores</b>, per Content: assigned = an aligned quote has a speaker; right = every aligned quote
/// that has a speaker matches. Speaker precision = right / assigned, speaker recall = right / Contents with a
/// Source of that kind. The headline row counts name Sources; pronoun and description rows are separate.</item>
/// <item><b>Annotator</b>: a text with several annotators is scored on the first annotation file in ordinal
/// order. <b>Split</b>: FNV-1a hash of the text file's name, even = development, odd = held-out; fixed before
/// any error was looked at.</item>
/// </list>
/// </remarks>
public static class PolnearScore
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us", "who", "which", "that", "his",
        "its", "their", "our", "my", "your", "whom", "whose", "one",
    };

    private static readonly HashSet<string> LeadingDeterminers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "His", "Her", "Its", "Their", "Our", "This", "That", "These", "Those", "One", "Some", "Many", "Both",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV" };

    /// <summary>Which half of the corpus a text belongs to.</summary>
    public static bool IsDevelopment(string textFileName)
    {
        uint hash = 2166136261;
        foreach (char c in textFileName)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash & 1) == 0;
    }

    /// <summary>Prints the figures for both halves; with <paramref name="missesFile"/>, writes the development half's misses there.</summary>
    public static void Run(string textDirectory, string annotationDirectory, string? missesFile)
    {
        var halves = new Dictionary<string, Tallies> { ["development"] = new(), ["held-out"] = new() };
        var misses = new StringBuilder();
        Dictionary<string, string> annotationOf = FirstAnnotations(annotationDirectory);
        foreach (string path in Directory.GetFiles(textDirectory, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!annotationOf.TryGetValue(name, out string? ann))
            {
                continue;
            }

            bool dev = IsDevelopment(Path.GetFileName(path));
            string outlet = name.Substring(0, name.IndexOf('_') is int u and > 0 ? u : name.Length);
            Tallies tallies = halves[dev ? "development" : "held-out"];
            ScoreArticle(File.ReadAllText(path), File.ReadAllLines(ann), outlet, tallies, dev ? misses : null, name);
        }

        foreach ((string half, Tallies t) in halves)
        {
            Console.WriteLine($"## PolNeAR {half}: {t.Articles} articles");
            Console.WriteLine();
            Console.WriteLine("| rows | direct quotes | quote recall | speaker precision | speaker recall |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Print("name sources (headline)", t.Named);
            Print("pronoun sources", t.Pronoun);
            Print("description sources", t.Description);
            foreach ((string outlet, Tally o) in t.ByOutlet.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Print("name sources, " + outlet, o);
            }

            Console.WriteLine();
        }

        if (missesFile is not null)
        {
            File.WriteAllText(missesFile, misses.ToString());
            Console.WriteLine("Development misses written to " + Path.GetFullPath(missesFile));
        }
    }

    /// <summary>Prints every quotation of one article file with its kind and speaker (to read a miss by hand).</summary>
    public static void Show(string path)
    {
        ParsedArticle parsed = ArticleParser.Parse(File.ReadAllText(path));
        foreach (ArticleQuote q in parsed.Quotes)
        {
            string text = q.Text.Length > 60 ? q.Text.Substring(0, 60) + "…" : q.Text;
            Console.WriteLine($"p{q.Paragraph} {q.Kind} [{q.Speaker ?? "-"}] {text.Replace('\n', ' ')}");
        }

        foreach (ArticleSpeaker s in parsed.Speakers)
        {
            Console.WriteLine($"speaker: {s.Name} ({s.Kind}) {s.Role}");
        }
    }

    private static void Print(string row, Tally t) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {row} | {t.Contents} | {Ratio(t.Extracted, t.Contents)} | {Ratio(t.Right, t.Assigned)} ({t.Right}/{t.Assigned}) | {Ratio(t.Right, t.Scored)} ({t.Right}/{t.Scored}) |"));

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> FirstAnnotations(string annotationDirectory)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string ann in Directory.GetFiles(annotationDirectory, "*.ann").OrderBy(p => p, StringComparer.Ordinal))
        {
            string stem = Path.GetFileNameWithoutExtension(ann);
            int cut = stem.LastIndexOf('_');
            if (cut > 0)
            {
                first.TryAdd(stem.Substring(0, cut), ann);
            }
        }

        return first;
    }

    private static void ScoreArticle(string text, string[] annotation, string outlet, Tallies tallies, StringBuilder? misses, string name)
    {
        tallies.Articles++;
        int[] utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, (string Type, int Start, int End, string Text)>(StringComparer.Ordinal);
        var relations = new List<(string Content, string? Source)>();
        foreach (string line in annotation)
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2 && f[0].StartsWith('T'))
            {
                string[] typeAndRange = f[1].Split(' ', 2);
                if (typeAndRange.Length < 2)
                {
                    continue;
                }

                int[] bounds = typeAndRange[1].Split(new[] { ' ', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
                int start = utf16[Math.Min(bounds.Min(), utf16.Length - 1)];
                int end = utf16[Math.Min(bounds.Max(), utf16.Length - 1)];
                spans[f[0]] = (typeAndRange[0], start, end, text.Substring(start, end - start));
            }
            else if (f.Length >= 2 && f[0].StartsWith('E'))
            {
                string? content = null;
                string? source = null;
                foreach (string arg in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    string[] kv = arg.Split(':');
                    if (kv.Length == 2 && kv[0] == "Content")
                    {
                        content = kv[1];
                    }
                    else if (kv.Length == 2 && kv[0] == "Source")
                    {
                        source = kv[1];
                    }
                }

                if (content is not null)
                {
                    relations.Add((content, source));
                }
            }
        }

        ParsedArticle parsed = ArticleParser.Parse(text);
        var quotes = new List<(int Start, int End, ArticleQuote Quote)>();
        foreach (ArticleQuote q in parsed.Quotes)
        {
            if (q.Parent >= 0 || q.Kind == QuoteKind.Title)
            {
                continue;
            }

            int start = parsed.Paragraphs[q.Paragraph].FileOffset(q.Offset);
            int lastPart = q.Text.Length - (q.Text.LastIndexOf('\n') + 1);
            int end = q.EndParagraph == q.Paragraph
                ? parsed.Paragraphs[q.Paragraph].FileOffset(q.Offset + q.Length)
                : parsed.Paragraphs[q.EndParagraph].FileOffset(lastPart);
            quotes.Add((start, end, q));
        }

        // Name Sources in text order, for the reference of a pronoun Source.
        var named = spans.Values.Where(s => s.Type == "Source" && KindOf(s.Text) == SourceKind.Name).OrderBy(s => s.Start).ToList();
        foreach ((string contentId, string? sourceId) in relations)
        {
            if (!spans.TryGetValue(contentId, out var content) || !IsDirect(text, content.Start, content.End))
            {
                continue;
            }

            if (sourceId is null || !spans.TryGetValue(sourceId, out var source))
            {
                continue;
            }

            SourceKind kind = KindOf(source.Text);
            string reference = source.Text;
            if (kind == SourceKind.Pronoun)
            {
                int before = named.FindLastIndex(s => s.Start < source.Start);
                reference = before >= 0 ? named[before].Text : string.Empty;
            }

            var aligned = quotes.Where(q => q.Start < content.End + 2 && q.End > content.Start - 2).Select(q => q.Quote).ToList();
            var speakers = aligned.Where(q => q.Speaker is not null).Select(q => q.Speaker!).Distinct().ToList();
            bool assigned = speakers.Count > 0;
            bool right = assigned && speakers.All(s => Matches(s, reference));
            Tally tally = kind switch { SourceKind.Name => tallies.Named, SourceKind.Pronoun => tallies.Pronoun, _ => tallies.Description };
            var rows = kind == SourceKind.Name ? new[] { tally, tallies.Outlet(outlet) } : new[] { tally };
            foreach (Tally t in rows)
            {
                t.Contents++;
                t.Extracted += aligned.Count > 0 ? 1 : 0;
                t.Scored += reference.Length > 0 ? 1 : 0;
                t.Assigned += assigned ? 1 : 0;
                t.Right += right ? 1 : 0;
            }

            if (misses is not null && !right && kind != SourceKind.Description)
            {
                string what = aligned.Count == 0 ? "NOT EXTRACTED" : assigned ? "WRONG " + string.Join(" / ", speakers) : "NONE";
                int from = Math.Max(0, Math.Min(source.Start, content.Start) - 60);
                int to = Math.Min(text.Length, Math.Max(source.End, content.End) + 60);
                misses.Append("--- ").Append(name).Append(" | ").Append(kind).Append(" | gold: ").Append(source.Text)
                    .Append(kind == SourceKind.Pronoun ? " -> " + reference : string.Empty).Append(" | ").AppendLine(what);
                misses.AppendLine(text.Substring(from, to - from).Replace('\n', ' '));
            }
        }
    }

    private static bool IsDirect(string text, int start, int end)
    {
        int from = Math.Max(0, start - 2);
        int to = Math.Min(text.Length, end + 2);
        int marks = 0;
        for (int i = from; i < to; i++)
        {
            marks += text[i] is '"' or '\u201C' or '\u201D' ? 1 : 0;
        }

        return marks >= 2;
    }

    private static SourceKind KindOf(string source)
    {
        string[] words = Words(source);
        if (words.Length == 0)
        {
            return SourceKind.Description;
        }

        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return SourceKind.Pronoun;
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) && !(i == 0 && LeadingDeterminers.Contains(words[i])))
            {
                return SourceKind.Name;
            }
        }

        return SourceKind.Description;
    }

    private static bool Matches(string speaker, string reference)
    {
        string[] names = Words(speaker).Where(w => !Suffixes.Contains(w)).ToArray();
        if (names.Length == 0)
        {
            return false;
        }

        string surname = Normalize(names[names.Length - 1]);
        return Words(reference).Any(w => string.Equals(Normalize(w), surname, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string word)
    {
        string w = word.Replace('\u2019', '\'');
        return w.EndsWith("'s", StringComparison.Ordinal) ? w.Substring(0, w.Length - 2) : w.TrimEnd('\'');
    }

    private static string[] Words(string text) =>
        text.Split(new[] { ' ', ',', '\n', '(', ')', '"', '\u201C', '\u201D', ':', ';' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>UTF-16 index of each code point index (brat offsets count code points), one past the end included.</summary>
    private static int[] CodePointOffsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return map.ToArray();
    }

    private enum SourceKind
    {
        Name,
        Pronoun,
        Description,
    }

    private sealed class Tally
    {
        public int Contents;
        public int Extracted;
        public int Scored;
        public int Assigned;
        public int Right;
    }

    private sealed class Tallies
    {
        public int Articles;
        public Tally Named { get; } = new();
        public Tally Pronoun { get; } = new();
        public Tally Description { get; } = new();
        public Dictionary<string, Tally> ByOutlet { get; } = new(StringComparer.Ordinal);

        public Tally Outlet(string outlet)
        {
            if (!ByOutlet.TryGetValue(outlet, out Tally? t))
            {
                ByOutlet[outlet] = t = new Tally();
            }

            return t;
        }
    }
}
