using System;
using System.Collections.Generic;
using System.Text;

namespace NewsGen.Benchmarks.WorstCase;

/// <summary>
/// Article texts built to hit one stage of the parser as hard as text can (issue 18), and plain prose of the same
/// size to compare them with. Deterministic: the same family and size always give the same text. Every text is
/// the writer's own words (no third-party copy); each family repeats one unit until the size is reached.
/// </summary>
public static class PathologicalText
{
    /// <summary>The families, prose first.</summary>
    public static IReadOnlyList<string> Families { get; } = new[]
    {
        "prose", "honorific-name", "repeated-name", "distinct-names", "capitalised-run", "abbreviations",
        "pronoun-chain", "many-attributions", "long-sentence", "short-paragraphs", "deep-nesting", "unbalanced-quotes",
    };

    /// <summary>The text of <paramref name="family"/>, about <paramref name="chars"/> characters long (never shorter).</summary>
    public static string Build(string family, int chars)
    {
        var b = new StringBuilder(chars + 256);
        int i = 0;
        while (b.Length < chars)
        {
            Append(b, family, i++);
        }

        return b.ToString();
    }

    private static void Append(StringBuilder b, string family, int i)
    {
        switch (family)
        {
            case "prose":
                // Ordinary copy: a paragraph per line, names introduced and re-used, quotes attributed the usual ways.
                string a = Name(2 * i);
                string c = Name(2 * i + 1);
                b.Append("Council member ").Append(a).Append(" said on Tuesday that the budget would be published next week. ")
                    .Append("\"We have listened to residents,\" ").Append(Surname(2 * i)).Append(" said. \"The figures will show it.\"\n")
                    .Append(c).Append(", a spokeswoman for the county, said the plan was \"a fair compromise\" and that the vote would be close.\n")
                    .Append("Opponents were not convinced. \"It is too little, too late,\" said ").Append(Surname(2 * i + 1)).Append(", who has campaigned on the issue for years.\n");
                break;
            case "honorific-name":
                b.Append("Mr. John Smith ");
                break;
            case "repeated-name":
                b.Append("John Smith said Smith was ready and \"willing,\" Smith added. ");
                break;
            case "distinct-names":
                b.Append('"').Append("Yes,\" ").Append(Name(i)).Append(" said. ");
                break;
            case "capitalised-run":
                b.Append(Surname(i)).Append(' ');
                break;
            case "abbreviations":
                b.Append("Gen. Sen. Rep. Gov. Dr. St. Inc. Jan. U.S. p.m. J. No. 5 Mr. ");
                break;
            case "pronoun-chain":
                b.Append(i == 0 ? "John Smith spoke to Pat Quinlan. " : "\"Yes,\" he said. ");
                break;
            case "many-attributions":
                b.Append("\"We will win,\" said ").Append(Name(i)).Append(", a spokeswoman for the agency. \"We agree,\" the spokeswoman said, saying \"more\" was coming. ");
                break;
            case "long-sentence":
                // No sentence ever ends: every window that reads back to the sentence start reads the whole paragraph.
                b.Append("Smith saying \"fine\" and ").Append(Surname(i)).Append(" dismissing it as a \"hoax\" while officials said ");
                break;
            case "short-paragraphs":
                b.Append('"').Append("No,\" ").Append(Name(i)).Append(" said.\n\"Never.\"\n");
                break;
            case "deep-nesting":
                b.Append(i % 2 == 0 ? "\"a " : "'b ");
                break;
            case "unbalanced-quotes":
                b.Append("\u201Cone \u201Ctwo \u201D\u201D\u201D three \" ");
                break;
            default:
                throw new ArgumentException("unknown family: " + family, nameof(family));
        }
    }

    /// <summary>A distinct made-up full name per <paramref name="i"/>: "Bako Dilu Maro".</summary>
    private static string Name(int i) => Given(i) + " " + Surname(i);

    private static string Given(int i) => i % 2 == 0 ? "John" : "Mary";

    // Syllables give every index its own capitalised word, so no two neighbours repeat and no word is in a lexicon.
    private static string Surname(int i)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var s = new StringBuilder("Q");
        int n = i;
        do
        {
            s.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);

        return s.ToString();
    }
}
