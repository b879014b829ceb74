using System.Collections.Generic;
using System.Text;

namespace NewsGen.Tests.Parsing;

/// <summary>
/// Synthetic articles (written here, no third-party text) in the layouts the detector must tell apart, and a
/// greedy wrapper that lays paragraphs out the way editors, <c>fold -s</c> and wire exports do.
/// </summary>
internal static class LayoutTestText
{
    public const string Headline = "Council approves new harbour wall after winter storms";

    /// <summary>The paragraphs of the synthetic article; the second holds a quotation long enough to cross a wrapped line.</summary>
    public static readonly string[] Paragraphs =
    {
        "The town council approved a new harbour wall on Tuesday evening, three months after winter storms flooded the lower streets and closed the fish market for a week.",
        "\"We cannot ask the traders to rebuild every winter while the old wall crumbles into the sea, and we will not,\" the council leader, Maria Okafor, told the meeting before the vote.",
        "Work on the wall is due to start in the spring and to last about eighteen months, with the harbour kept open to fishing boats for the whole of that time.",
        "Residents who spoke at the meeting asked for the footpath along the top of the wall to be rebuilt as well, and the council agreed to look at the cost of doing so.",
    };

    /// <summary>Headline, blank line, then the paragraphs separated by blank lines and wrapped at <paramref name="width"/>.</summary>
    public static string Wrapped(int width = 72, string newline = "\n", string trailing = "") =>
        Headline + newline + newline + string.Join(newline + newline, WrapEach(Paragraphs, width, newline, trailing)) + newline;

    /// <summary>The seed's layout: one paragraph per line, no blank lines.</summary>
    public static string OnePerLine() => string.Join("\n", Paragraphs) + "\n";

    /// <summary>Headline, blank line, one-line paragraphs separated by blank lines (the BBC and PolNeAR layout).</summary>
    public static string OnePerLineSpaced() => Headline + "\n\n" + string.Join("\n\n", Paragraphs) + "\n";

    /// <summary>Greedy wrapping: a word goes on the line when it fits within <paramref name="width"/>, else it starts the next.</summary>
    public static string Wrap(string paragraph, int width, string newline = "\n", string trailing = "")
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString() + trailing);
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString() + trailing);
        return string.Join(newline, lines);
    }

    private static IEnumerable<string> WrapEach(IEnumerable<string> paragraphs, int width, string newline, string trailing)
    {
        foreach (string paragraph in paragraphs)
        {
            yield return Wrap(paragraph, width, newline, trailing);
        }
    }
}
