using System.IO;

namespace NewsGen.Tests.Infrastructure;

/// <summary>The seed article, read from the copy the build places next to the tests.</summary>
internal static class Seed
{
    public const string FileName = "000_e551924a018df44c.txt";

    public static string Path => System.IO.Path.Combine(System.AppContext.BaseDirectory, "seeds", FileName);

    public static byte[] Bytes => File.ReadAllBytes(Path);

    /// <summary>The seed decoded as the compiler decodes an AdditionalFile (UTF-8, BOM detected).</summary>
    public static string Text => File.ReadAllText(Path, System.Text.Encoding.UTF8);
}
