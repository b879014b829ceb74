using System;
using System.IO;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Integration;

/// <summary>
/// The package reference exactly as README.md's "Use it in your project" shows it, read from the README itself so
/// that the tests and the text users copy cannot drift apart.
/// </summary>
internal static class ReadmeSnippet
{
    private const string Heading = "## Use it in your project";

    private const string ArticleLibraryHeading = "### Large corpora: the articles in a class library of their own";

    /// <summary>The snippet's whole <c>&lt;ItemGroup&gt;</c> element, as written in the README.</summary>
    public static string ItemGroup { get; } = Read(Heading);

    /// <summary>The app's reference to its articles library, as the README's Performance section shows it.</summary>
    public static string ArticleLibraryReference { get; } = Read(ArticleLibraryHeading);

    private static string Read(string heading)
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int section = readme.IndexOf(heading, StringComparison.Ordinal);
        int fence = section < 0 ? -1 : readme.IndexOf("```xml\n", section, StringComparison.Ordinal);
        int start = fence < 0 ? -1 : readme.IndexOf("<ItemGroup>", fence, StringComparison.Ordinal);
        int end = start < 0 ? -1 : readme.IndexOf("</ItemGroup>", start, StringComparison.Ordinal);
        if (end < 0 || readme.IndexOf("```", fence + 6, StringComparison.Ordinal) < end)
        {
            throw new InvalidOperationException($"README.md has no xml block with an <ItemGroup> under '{heading}'.");
        }

        return readme.Substring(start, end + "</ItemGroup>".Length - start);
    }
}
