using System;
using System.Collections.Generic;
using System.IO;

namespace NewsGen.Cli.Input;

/// <summary>
/// Expands plain paths given on the command line into the article items a project listing them would have: a
/// file is <c>&lt;NewsArticle Include="file.txt" /&gt;</c> (its id is its file name); a folder is
/// <c>&lt;NewsArticle Include="folder/**/*.txt" /&gt;</c>, so each file's <c>%(RecursiveDir)</c> is the folders
/// between the given folder and the file, and <c>folder/politics/vote.txt</c> has the id <c>politics/vote</c>, as
/// in a build. Hidden files and folders are skipped; a folder's files come in ordinal order of path, so output is
/// the same on every machine. A file named twice is checked once. Paths that name nothing, and folders without
/// articles, are collected as errors rather than stopping the run.
/// </summary>
internal static class ArticleFileSet
{
    public const string ArticlePattern = "*.txt";

    /// <summary>The metadata MSBuild's targets copy <c>%(RecursiveDir)</c> into (see the package's NewsGen.targets).</summary>
    public const string RecursiveDirMetadata = "NewsGenRecursiveDir";

    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    public static IReadOnlyList<ArticleItem> Expand(IEnumerable<string> paths, ICollection<string> errors)
    {
        var items = new List<ArticleItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, null);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.EnumerateFiles(path, ArticlePattern, new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    MatchCasing = MatchCasing.CaseInsensitive,
                }));
                if (found.Count == 0)
                {
                    errors.Add($"{path}: no {ArticlePattern} files in this folder");
                }

                found.Sort(StringComparer.Ordinal);
                foreach (string file in found)
                {
                    Add(file, RecursiveDir(path, file));
                }
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return items;

        void Add(string file, string? recursiveDir)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                items.Add(new ArticleItem(file, string.IsNullOrEmpty(recursiveDir) ? NoMetadata : new Dictionary<string, string> { [RecursiveDirMetadata] = recursiveDir }));
            }
        }
    }

    // What MSBuild's ** matched: the folders from the wildcard's base to the file, with a separator after each.
    private static string RecursiveDir(string folder, string file)
    {
        string relative = Path.GetDirectoryName(Path.GetRelativePath(folder, file)) ?? string.Empty;
        return relative.Length == 0 ? string.Empty : relative + Path.DirectorySeparatorChar;
    }
}
