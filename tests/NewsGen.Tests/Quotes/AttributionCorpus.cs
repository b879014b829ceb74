using System;
using System.Collections.Generic;
using System.IO;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Tests.Quotes;

/// <summary>What a labelled speaker is: a named person, an organisation or publication, or a description with no name.</summary>
internal enum LabelledSpeakerKind
{
    Person,
    Organisation,
    Description,
}

/// <summary>
/// One labelled quote of a corpus passage. <paramref name="Pronoun"/>: a careful reader finds the speaker only through
/// a pronoun ("he said"), so the quote is scored in its own row. <paramref name="Conventions"/>: the writing
/// conventions this quote exercises beyond those its passage names.
/// </summary>
internal sealed record LabelledQuote(
    QuoteKind Kind,
    string? Speaker,
    string Start,
    LabelledSpeakerKind SpeakerKind = LabelledSpeakerKind.Person,
    bool Pronoun = false,
    IReadOnlyList<string>? Conventions = null)
{
    public IReadOnlyList<string> OwnConventions => Conventions ?? Array.Empty<string>();
}

/// <summary>
/// One passage of a labelled file: its article text and the quotes a reader labels in it; <paramref name="Style"/>
/// is the kind of outlet it imitates and <paramref name="Conventions"/> the conventions every quote of it
/// exercises (both absent in the files written before they existed).
/// </summary>
internal sealed record LabelledPassage(
    string Id,
    string Text,
    IReadOnlyList<LabelledQuote> Quotes,
    string? Style = null,
    IReadOnlyList<string>? Conventions = null)
{
    public IReadOnlyList<string> OwnConventions => Conventions ?? Array.Empty<string>();
}

/// <summary>
/// Reads a labelled passage file: AttributionCorpus.txt (the development set), AttributionHeldOut.txt (the held-out
/// set) or AttributionBlind.txt (issue 15's blind set). AttributionCorpus.txt's header documents the format;
/// AttributionBlind.txt's header documents the optional style, convention, speaker-kind and pronoun tags.
/// </summary>
internal static class AttributionCorpus
{
    public const string DevelopmentFile = "AttributionCorpus.txt";

    public const string HeldOutFile = "AttributionHeldOut.txt";

    public const string BlindFile = "AttributionBlind.txt";

    public const string SecondBlindFile = "AttributionBlind2.txt";

    /// <summary>The outlet styles a passage may be tagged with (AttributionBlind.txt's header says what each means).</summary>
    public static readonly IReadOnlyList<string> Styles = new[] { "wire", "record", "tabloid", "web", "trade", "british", "broadcast" };

    /// <summary>The conventions a passage or quote may be tagged with: issue 15's list, plus "ordinary" and "unattributed".</summary>
    public static readonly IReadOnlyList<string> KnownConventions = new[]
    {
        "ordinary", "honorific", "name-variant", "namesake", "party-state", "speech-verb", "dash", "split",
        "appositive", "headline", "organisation", "pronoun-far", "block-quote", "archive-marks", "unattributed",
        "embedded-post", "transcript", "odd-marks",
    };

    public static IReadOnlyList<LabelledPassage> Load() => Load(DevelopmentFile);

    public static IReadOnlyList<LabelledPassage> Load(string fileName) =>
        Parse(File.ReadAllLines(PathOf(fileName), System.Text.Encoding.UTF8));

    private static string PathOf(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "Quotes", fileName);

    public static IReadOnlyList<LabelledPassage> Parse(IEnumerable<string> lines)
    {
        var passages = new List<LabelledPassage>();
        string? id = null;
        string? style = null;
        string[]? conventions = null;
        var paragraphs = new List<string>();
        var quotes = new List<LabelledQuote>();
        bool inLabels = false;

        void Finish()
        {
            if (id is not null)
            {
                passages.Add(new LabelledPassage(id, string.Join("\n", paragraphs), quotes.ToArray(), style, conventions));
            }
        }

        foreach (string line in lines)
        {
            if (line.StartsWith("#", StringComparison.Ordinal) || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Finish();
                (id, style, conventions) = ParseHeader(line.Substring(4));
                paragraphs.Clear();
                quotes.Clear();
                inLabels = false;
            }
            else if (line == "---")
            {
                inLabels = true;
            }
            else if (inLabels)
            {
                string[] parts = line.Split(new[] { '|' }, 3);
                if (parts.Length != 3)
                {
                    throw new FormatException("Bad label line in passage " + id + ": " + line);
                }

                QuoteKind kind = (QuoteKind)Enum.Parse(typeof(QuoteKind), parts[0].Trim(), ignoreCase: true);
                quotes.Add(ParseSpeaker(id, kind, parts[1].Trim(), parts[2].Trim()));
            }
            else
            {
                paragraphs.Add(line);
            }
        }

        Finish();
        return passages;
    }

    // "<id>" alone (the older files), or "<id> | style: <style> | conventions: <a>, <b>".
    private static (string Id, string? Style, string[]? Conventions) ParseHeader(string header)
    {
        string[] fields = header.Split('|');
        string id = fields[0].Trim();
        string? style = null;
        string[]? conventions = null;
        for (int i = 1; i < fields.Length; i++)
        {
            int colon = fields[i].IndexOf(':');
            string key = colon < 0 ? fields[i].Trim() : fields[i].Substring(0, colon).Trim();
            string value = colon < 0 ? string.Empty : fields[i].Substring(colon + 1).Trim();
            if (key == "style" && Contains(Styles, value))
            {
                style = value;
            }
            else if (key == "conventions")
            {
                conventions = Conventions(id, value.Split(','));
            }
            else
            {
                throw new FormatException("Bad passage header field in " + id + ": " + fields[i]);
            }
        }

        return (id, style, conventions);
    }

    // "-" or "<name>", optionally followed by "{<tag>, <tag>}": a speaker kind (person, organisation, description),
    // "pronoun", or a convention this quote exercises.
    private static LabelledQuote ParseSpeaker(string? id, QuoteKind kind, string field, string start)
    {
        var speakerKind = LabelledSpeakerKind.Person;
        bool pronoun = false;
        var conventions = new List<string>();
        int brace = field.IndexOf('{');
        if (brace >= 0)
        {
            if (!field.EndsWith("}", StringComparison.Ordinal))
            {
                throw new FormatException("Bad speaker tags in passage " + id + ": " + field);
            }

            foreach (string raw in field.Substring(brace + 1, field.Length - brace - 2).Split(','))
            {
                string tag = raw.Trim();
                if (tag == "person" || tag == "organisation" || tag == "description")
                {
                    speakerKind = (LabelledSpeakerKind)Enum.Parse(typeof(LabelledSpeakerKind), tag, ignoreCase: true);
                }
                else if (tag == "pronoun")
                {
                    pronoun = true;
                }
                else
                {
                    conventions.AddRange(Conventions(id, new[] { tag }));
                }
            }

            field = field.Substring(0, brace).Trim();
        }

        if (field.Length == 0 || (field == "-" && (pronoun || speakerKind != LabelledSpeakerKind.Person)))
        {
            throw new FormatException("Bad speaker in passage " + id + ": " + field);
        }

        return new LabelledQuote(kind, field == "-" ? null : field, start, speakerKind, pronoun, conventions.Count == 0 ? null : conventions.ToArray());
    }

    private static string[] Conventions(string? id, string[] names)
    {
        var result = new string[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            result[i] = names[i].Trim();
            if (!Contains(KnownConventions, result[i]))
            {
                throw new FormatException("Unknown convention in passage " + id + ": " + names[i]);
            }
        }

        return result;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (string item in list)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
