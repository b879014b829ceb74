using System.IO;
using System.Text.RegularExpressions;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Cli;

/// <summary>The analyzer suite's bad articles as files on disk, and the canonical lines the tool prints for them.</summary>
internal static partial class BadFilesOnDisk
{
    /// <summary>
    /// Writes <paramref name="file"/> into <paramref name="folder"/> under its file name: its text in its encoding,
    /// or, for a file the compiler cannot read (null text), a link to nowhere.
    /// </summary>
    public static string Write(TempFolder folder, ArticleFile file)
    {
        string name = Path.GetFileName(file.Path);
        if (file.Text is null)
        {
            string path = folder.File(name);
            File.CreateSymbolicLink(path, folder.File("nowhere/" + name));
            return path;
        }

        return folder.WriteBytes(name, (file.Encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(file.Text));
    }

    /// <summary>"NEWS007 a.txt(5,169,5,179)" for a canonical line, the form the analyzer tests use.</summary>
    public static string Describe(string canonicalLine)
    {
        Match match = CanonicalLine().Match(canonicalLine);
        return match.Success
            ? $"{match.Groups["id"].Value} {Path.GetFileName(match.Groups["path"].Value)}({match.Groups["span"].Value})"
            : "not canonical: " + canonicalLine;
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<span>\d+,\d+,\d+,\d+)\): (error|warning|info) (?<id>NEWS\d{3}): ")]
    private static partial Regex CanonicalLine();
}
