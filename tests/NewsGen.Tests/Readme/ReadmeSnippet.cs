using System;

namespace NewsGen.Tests.Readme;

/// <summary>
/// The package reference exactly as README.md's "Use it in your project" shows it, read from the README itself so
/// that the tests and the text users copy cannot drift apart.
/// </summary>
internal static class ReadmeSnippet
{
    /// <summary>The snippet's whole <c>&lt;ItemGroup&gt;</c> element, as written in the README.</summary>
    public static string ItemGroup { get; } = Read();

    private static string Read()
    {
        string block = ReadmeDocument.Block("Use it in your project", "xml");
        if (!block.StartsWith("<ItemGroup>", StringComparison.Ordinal) || !block.TrimEnd().EndsWith("</ItemGroup>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("README.md's first xml block under 'Use it in your project' is not one <ItemGroup> element.");
        }

        return block.TrimEnd();
    }
}
