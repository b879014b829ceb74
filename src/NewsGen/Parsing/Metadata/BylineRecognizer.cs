using System;
using System.Collections.Generic;
using NewsGen.Model;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// Recognises a byline line at the top of an article. Conventions served (docs/metadata.md):
/// <list type="bullet">
/// <item><c>By Jane Doe</c>, <c>BY JANE DOE</c> (wire and newspaper style);</item>
/// <item><c>By Jane Doe and John Roe</c>, <c>By Jane Doe, John Roe and Ann Poe</c> (several authors);</item>
/// <item><c>By JANE DOE, Associated Press</c>, <c>By Jane Doe, Political Correspondent</c>,
/// <c>By Jane Doe, Staff Writer, The Daily Star</c> (organisation and/or role after the names);</item>
/// <item><c>Jane Doe, Political Correspondent</c> (magazine style: no "By", so a role is required).</item>
/// </list>
/// It never guesses: every part must have its shape (names of capitalised words, a role ending in a role noun
/// such as Correspondent or Writer), the whole line must be used, and anything else is not a byline. So "By the
/// time the vote came..." and "Jane Doe, a spokeswoman, said..." are paragraphs.
/// </summary>
public static class BylineRecognizer
{
    /// <summary>Longer lines are prose: the longest real bylines (three names, a role and a paper) stay under it.</summary>
    public const int MaxLength = 150;

    /// <summary>Recognises <paramref name="line"/> (one line or paragraph, already trimmed) as a byline.</summary>
    public static bool TryRecognize(string line, out Byline? byline)
    {
        byline = null;
        if (line.Length == 0 || line.Length > MaxLength || line.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool hasBy = line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("BY ", StringComparison.Ordinal);
        string[] segments = (hasBy ? line.Substring(3) : line).Split(new[] { ", " }, StringSplitOptions.None);

        // The names run up to the last segment that joins names with "and" (or "&"); without one, the first segment.
        int joined = -1;
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            if (segments[i].IndexOf(" and ", StringComparison.Ordinal) >= 0 || segments[i].IndexOf(" & ", StringComparison.Ordinal) >= 0)
            {
                joined = i;
                break;
            }
        }

        if (!hasBy && joined >= 0)
        {
            return false;
        }

        var names = new List<string>();
        int nameSegments = joined >= 0 ? joined + 1 : 1;
        for (int i = 0; i < nameSegments; i++)
        {
            names.AddRange(i == joined ? segments[i].Split(new[] { " and ", " & " }, StringSplitOptions.None) : new[] { segments[i] });
        }

        foreach (string name in names)
        {
            if (!NameWords.IsPersonName(name))
            {
                return false;
            }
        }

        if (!TryReadTail(segments, nameSegments, requireRole: !hasBy, out string? organisation, out string? role))
        {
            return false;
        }

        var authors = new BylineAuthor[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            authors[i] = new BylineAuthor(names[i], organisation, role);
        }

        byline = new Byline(new EquatableArray<BylineAuthor>(authors));
        return true;
    }

    // What follows the names: nothing, a role, an organisation, or a role then an organisation.
    private static bool TryReadTail(string[] segments, int from, bool requireRole, out string? organisation, out string? role)
    {
        organisation = null;
        role = null;
        int count = segments.Length - from;
        if (count == 0)
        {
            return !requireRole;
        }

        if (count == 1)
        {
            string tail = segments[from];
            if (NameWords.IsRole(tail))
            {
                role = tail;
                return true;
            }

            if (!requireRole && NameWords.IsOrganisation(tail))
            {
                organisation = tail;
                return true;
            }

            return false;
        }

        if (count == 2 && NameWords.IsRole(segments[from]) && NameWords.IsOrganisation(segments[from + 1]))
        {
            role = segments[from];
            organisation = segments[from + 1];
            return true;
        }

        return false;
    }
}
