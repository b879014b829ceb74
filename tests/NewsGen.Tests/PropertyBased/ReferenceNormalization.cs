using System.Collections.Generic;
using System.Linq;
using NewsGen.Parsing;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// The documented normalisation written the plain way, as an oracle for the parser: drop a leading BOM, end lines
/// at CRLF, CR or LF, trim each line, drop blank lines, join with LF.
/// </summary>
internal static class ReferenceNormalization
{
    public static List<string> Lines(string fileText)
    {
        string text = fileText.StartsWith('\uFEFF') ? fileText.Substring(1) : fileText;
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(Trim)
            .Where(line => line.Length > 0)
            .ToList();
    }

    public static string Text(string fileText) => string.Join("\n", Lines(fileText));

    private static string Trim(string line)
    {
        int start = 0;
        int end = line.Length;
        while (start < end && ArticleParser.IsTrimmable(line[start]))
        {
            start++;
        }

        while (end > start && ArticleParser.IsTrimmable(line[end - 1]))
        {
            end--;
        }

        return line.Substring(start, end - start);
    }
}
