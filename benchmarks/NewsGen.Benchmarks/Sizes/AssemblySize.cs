using System;
using System.Globalization;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NewsGen.Benchmarks.Sizes;

/// <summary>
/// Where the bytes of a generated assembly go, relative to the article text it was built from: the
/// user-string heap (#US, every loaded string literal as UTF-16, the heap CS8103 limits to 16 MB), the blob
/// heap (#Blob, where every <c>const string</c> value is stored as UTF-16 whether loaded or not), and the rest
/// (IL, other metadata, u8 literals' static data).
/// </summary>
internal static class AssemblySize
{
    public static void Print(string assemblyPath, long textBytes)
    {
        long fileBytes = new FileInfo(assemblyPath).Length;
        using FileStream stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        long userStrings = metadata.GetHeapSize(HeapIndex.UserString);
        long blobs = metadata.GetHeapSize(HeapIndex.Blob);
        long rest = fileBytes - userStrings - blobs;

        Console.WriteLine("| part | bytes | × article text |");
        Console.WriteLine("|---|---:|---:|");
        Row("article text (UTF-8)", textBytes, textBytes);
        Row("assembly file", fileBytes, textBytes);
        Row("#US heap (loaded literals, UTF-16)", userStrings, textBytes);
        Row("#Blob heap (const values, UTF-16)", blobs, textBytes);
        Row("everything else (IL, u8 data, metadata)", rest, textBytes);
    }

    private static void Row(string part, long bytes, long textBytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {bytes:N0} | {(double)bytes / Math.Max(1, textBytes):0.00} |"));
}
