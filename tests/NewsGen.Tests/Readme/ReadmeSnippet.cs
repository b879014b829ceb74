using System;

namespace NewsGen.Tests.Readme;

/// <summary>
/// The project items exactly as README.md shows them (the package reference, the app's reference to its articles
/// library), read from the README itself so that the tests and the text users copy cannot drift apart.
/// </summary>
internal static class ReadmeSnippet
{
    /// <summary>The snippet's whole <c>&lt;ItemGroup&gt;</c> element, as written in the README.</summary>
    public static string ItemGroup { get; } = Read("Use it in your project");

    /// <summary>The app's reference to its articles library, as the README's Performance section shows it.</summary>
    public static string ArticleLibraryReference { get; } = Read("Large corpora: the articles in a class library of their own");

    private static string Read(string section)
    {
        string block = ReadmeDocument.Block(section, "xml");
        if (!block.StartsWith("<ItemGroup>", StringComparison.Ordinal) || !block.TrimEnd().EndsWith("</ItemGroup>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"README.md's first xml block under '{section}' is not one <ItemGroup> element.");
        }

        return block.TrimEnd();
    }
}
