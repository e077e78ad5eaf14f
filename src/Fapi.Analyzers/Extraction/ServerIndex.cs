using System.Linq;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The server configurations of a whole compilation, found once per library and only when a configuration of that
/// library asks (a keystroke in a client binds no other library's registrations). The library's
/// registration (AddSidIdentityServer) and the options pattern (Configure&lt;T&gt;, PostConfigure&lt;T&gt;, ...) configure
/// one options object: they are merged in registration order into the server every client sees.
/// </summary>
internal sealed class ServerIndex
{
    private readonly BoundBindings _bindings;
    private readonly MethodBodies _bodies;
    private readonly CancellationToken _cancellationToken;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Progressive> _byLibrary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ClientConfiguration? Written, ClientConfiguration? Server)> _merged = new();

    public ServerIndex(BoundBindings bindings, MethodBodies bodies, CancellationToken cancellationToken)
    {
        _bindings = bindings;
        _bodies = bodies;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The library's registrations, found tree by tree as far as a question needs: whether there is a host, or two
    /// hosts of one options name (which decide nothing together), is answered without binding every other one.
    /// </summary>
    private IEnumerable<Registration> Registrations(LibraryBinding library)
        => _byLibrary.GetOrAdd(library.Name, _ => new Progressive(() => Find(library, _bindings, _bodies, _cancellationToken))).All();

    /// <summary>True when the compilation registers a server of <paramref name="library"/> (one or several).</summary>
    public bool HasServer(LibraryBinding library) => Registers(library, hostsOnly: false);

    /// <summary>True when the compilation calls the library's own registration (a host), not only the options pattern.</summary>
    public bool HasHost(LibraryBinding library) => Registers(library, hostsOnly: true);

    private bool Registers(LibraryBinding library, bool hostsOnly)
    {
        foreach (var registration in Registrations(library))
        {
            if (registration.Library == library.Name && !(hostsOnly && registration.IsOptionsPattern))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a registration of the options named <paramref name="name"/> that runs after <paramref name="site"/>
    /// assigns the collection <paramref name="setting"/> anew: a PostConfigure after a Configure, or a later one in the same file.
    /// </summary>
    public bool ReplacedAfter(LibraryBinding library, string name, ConfigurationSite site, Setting setting)
    {
        var anchor = site.Configuration.Anchor;
        foreach (var registration in Registrations(library))
        {
            if (registration.Library != library.Name || !Configures(registration, name, anchor) || !System.Linq.Enumerable.Contains(registration.Configuration.Replaced, setting)
                || registration.Configuration.Anchor.Equals(anchor))
            {
                continue;
            }

            // Run from another file, the order is not in the code: it may run later, so this site's elements are no verdict.
            var other = registration.Order;
            var own = OrderOf(library, site, anchor);
            var later = registration.IsPostConfigure != site.IsPostConfigure
                ? registration.IsPostConfigure
                : other.SourceTree != own.SourceTree || other.SourceSpan.Start > own.SourceSpan.Start;
            if (later)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The order of the index's own reading of <paramref name="site"/>'s registration.</summary>
    private Location OrderOf(LibraryBinding library, ConfigurationSite site, Location anchor)
    {
        foreach (var registration in Registrations(library))
        {
            if (registration.Configuration.Anchor.Equals(anchor))
            {
                return registration.Order;
            }
        }

        return site.Extent ?? anchor;
    }

    /// <summary>The options names the hosts of <paramref name="library"/> register (a relying party's schemes).</summary>
    public IEnumerable<string> HostNames(LibraryBinding library) => HostNames(Registrations(library), library.Name);

    /// <summary>
    /// The names relying-party hosts register, with the known beginnings of names built at run time; a server's
    /// unnamed options ("") are no scheme.
    /// </summary>
    private static HashSet<string> HostNames(IEnumerable<Registration> registrations, string? library)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if ((library is null || registration.Library == library) && !registration.IsOptionsPattern
                && registration.Configuration.Kind == ConfigurationKind.RelyingParty
                && registration.Name is { Length: > 0 } name && name != ConfigurationSite.UnknownName)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The one server of <paramref name="library"/>, merged from every registration; null when there is none or several hosts.</summary>
    public ClientConfiguration? Server(LibraryBinding library) => Merged(library, "", null).Server;

    /// <summary>
    /// The options named <paramref name="name"/> (a relying party's scheme; "" for a server's) as written, before what
    /// the library fixes: which code decides each setting. A host whose name the code does not tell
    /// (<see cref="ConfigurationSite.UnknownName"/>) is merged alone with every options registration that may touch it.
    /// </summary>
    public ClientConfiguration? Written(LibraryBinding library, string name, Location host) => Merged(library, name, host).Written;

    /// <summary>
    /// What the code writes to the options named <paramref name="name"/>, leaving out the registrations that bind a
    /// configuration section: what a section's values meet when the code also configures those options.
    /// </summary>
    public ClientConfiguration? WrittenInCode(LibraryBinding library, string name) => Merged(library, name, null, inCodeOnly: true).Written;

    private (ClientConfiguration? Written, ClientConfiguration? Server) Merged(LibraryBinding library, string name, Location? host, bool inCodeOnly = false)
    {
        lock (_merged)
        {
            var key = library.Name + "\0" + name + (ConfigurationSite.IsUnknownName(name) ? host?.ToString() : "") + (inCodeOnly ? "\0code" : "");
            if (!_merged.TryGetValue(key, out var merged))
            {
                var written = Merge(library, name, host, out var limitations, inCodeOnly);
                ClientConfiguration? server = null;
                if (written is not null)
                {
                    // What the library does whatever the options say comes last.
                    server = written.Copy();
                    foreach (var limitation in limitations)
                    {
                        server.Set(limitation);
                    }
                }

                merged = (written, server);
                _merged.Add(key, merged);
            }

            return merged;
        }
    }

    /// <summary>
    /// True when <paramref name="registration"/> configures the options named <paramref name="name"/>: options
    /// registrations for that name, every name or an unknown one; hosts of that name (a scheme is registered once).
    /// </summary>
    private static bool Configures(Registration registration, string name, Location? host)
    {
        // An options class read for a name pattern serves hosts of that pattern; read for no name, every unknown name.
        if (registration.ForUnknownNamesOnly)
        {
            return registration.Name == name;
        }

        if (registration.IsOptionsPattern)
        {
            return registration.Name is not { } configured || configured == name
                   || (ConfigurationSite.IsUnknownName(configured) ? ConfigurationSite.IsUnknownName(name) || ConfigurationSite.MayBe(configured, name)
                       : ConfigurationSite.IsUnknownName(name) && ConfigurationSite.MayBe(name, configured));
        }

        return ConfigurationSite.IsUnknownName(name) ? registration.Configuration.Anchor.Equals(host) : registration.Name == name;
    }

    /// <summary>The options as written, merged in registration order; <paramref name="limitations"/> are what the library fixes.</summary>
    private ClientConfiguration? Merge(LibraryBinding library, string name, Location? host, out List<Fact> limitations, bool inCodeOnly = false)
    {
        limitations = new List<Fact>();
        var ordered = new List<Registration>();
        var hosts = 0;
        foreach (var registration in Registrations(library))
        {
            if (Configures(registration, name, host) && !(inCodeOnly && registration.BindsSection))
            {
                ordered.Add(registration);
                hosts += registration.IsOptionsPattern ? 0 : 1;
                if (hosts > 1)
                {
                    // Several hosts of one name: no one server is merged, whatever the others write.
                    return null;
                }
            }
        }

        if (ordered.Count == 0)
        {
            return null;
        }

        // Where registrations run in one file (also through the methods it calls), that file's order is theirs.
        if (ordered.Count > 1)
        {
            ordered = ordered.OrderBy(r => r.Order.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(r => r.Order.SourceSpan.Start).ToList();
        }

        // Configure runs in registration order, every PostConfigure after it (a stable sort keeps source order).
        var sorted = new List<Registration>(ordered.Count);
        sorted.AddRange(ordered.FindAll(r => !r.IsPostConfigure));
        sorted.AddRange(ordered.FindAll(r => r.IsPostConfigure));
        var first = sorted.Find(r => !r.IsOptionsPattern) ?? sorted[0];
        var merged = new ClientConfiguration(first.Configuration.Kind, first.Configuration.Anchor, first.Configuration.FixForMissing) { Library = library.Name };

        // The options object's defaults come first, whatever file registers it.
        foreach (var registration in sorted)
        {
            foreach (var fact in registration.Configuration.Values)
            {
                if (fact.Origin == FactOrigin.LibraryDefault && merged.Get(fact.Setting) is null)
                {
                    merged.Set(fact);
                }
            }
        }

        var decidedBy = new Dictionary<Setting, Registration>();
        foreach (var registration in sorted)
        {
            foreach (var fact in registration.Configuration.Values)
            {
                if (fact.Origin == FactOrigin.LibraryLimitation)
                {
                    limitations.Add(fact);
                }

                if (fact.Origin != FactOrigin.Code)
                {
                    continue;
                }

                // Registrations that run from different files run in an order the code does not show: a disagreement is unknown.
                if (merged.Get(fact.Setting) is { Origin: FactOrigin.Code } prior && decidedBy.TryGetValue(fact.Setting, out var previous)
                    && previous.Order.SourceTree != registration.Order.SourceTree && !Equals(prior.Value, fact.Value) && !registration.IsPostConfigure)
                {
                    merged.SetUnknown(fact.Setting);
                }
                else
                {
                    merged.Set(fact);
                    decidedBy[fact.Setting] = registration;
                }
            }

            foreach (var setting in registration.Configuration.UnknownSettings)
            {
                merged.SetUnknown(setting);
            }
        }

        // What evidence shows (a client assertion, a client certificate) holds whichever registration writes the property.
        foreach (var registration in sorted)
        {
            foreach (var fact in registration.Configuration.Values)
            {
                if (fact.Note == Fact.EvidenceNote)
                {
                    merged.Set(fact);
                }
            }
        }

        MergeElements(sorted, merged);
        return merged;
    }

    /// <summary>
    /// Collections: every element code writes counts. Where the options pattern writes a collection (assigned or added
    /// to, which its facts do not tell apart), the library's default elements no longer decide it.
    /// </summary>
    private static void MergeElements(List<Registration> sorted, ClientConfiguration merged)
    {
        var rewritten = new HashSet<Setting>();
        foreach (var registration in sorted)
        {
            if (!registration.IsOptionsPattern)
            {
                continue;
            }

            foreach (var setting in registration.Configuration.ElementSettings)
            {
                rewritten.Add(setting);
            }
        }

        foreach (var registration in sorted)
        {
            foreach (var setting in new List<Setting>(registration.Configuration.ElementSettings))
            {
                foreach (var element in registration.Configuration.Elements(setting))
                {
                    if (element.Origin == FactOrigin.Code || (element.Origin == FactOrigin.LibraryDefault && !rewritten.Contains(setting)))
                    {
                        merged.AddElement(element);
                    }
                }
            }
        }
    }

    /// <summary>The registrations of <paramref name="library"/>'s options: its own registration calls, the options pattern, options classes.</summary>
    private static IEnumerable<Registration> Find(LibraryBinding library, BoundBindings bindings, MethodBodies bodies, CancellationToken cancellationToken)
    {
        var found = new List<Registration>();

        var extractor = new Extractor(bindings, servers: null, bodies);
        // A partial class repeats its base list on several parts: read once.
        var classes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in bindings.Compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calls = RegistrationCalls(tree, library);
            var optionsClasses = MentionsOptionsType(tree, bindings);
            if (calls.Count == 0 && !optionsClasses)
            {
                continue;
            }

#pragma warning disable RS1030 // Registrations live in other trees than the client being analyzed.
            var model = bindings.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            var blocks = new HashSet<SyntaxNode>();
            foreach (var invocation in calls)
            {
                if (EnclosingBlock(invocation) is { } block && blocks.Add(block) && model.GetOperation(block, cancellationToken) is { } operation)
                {
                    foreach (var server in extractor.ExtractRegistrations(operation))
                    {
                        if (Create(server, bindings, library) is { } registration)
                        {
                            found.Add(registration);
                            yield return registration;
                        }
                    }
                }
            }

            if (optionsClasses)
            {
                foreach (var declaration in TypeDeclarations(tree, cancellationToken))
                {
                    if (declaration.BaseList is { } bases && bases.ToString().IndexOf("Options", StringComparison.Ordinal) >= 0
                        && model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type)
                    {
                        classes.Add(type);
                    }
                }
            }
        }

        // Options classes last: read once for each name a host registers (their branches on the name decide), and
        // once for the hosts whose name the code does not tell.
        var names = HostNames(found, library.Name);
        foreach (var type in classes)
        {
            foreach (var server in extractor.ExtractOptionsClass(type))
            {
                if (Create(server, bindings, library, forUnknownNamesOnly: server.OptionsName == ConfigurationSite.UnknownName) is { } registration)
                {
                    yield return registration;
                }
            }

            foreach (var name in names)
            {
                foreach (var server in extractor.ExtractOptionsClass(type, name))
                {
                    if (server.OptionsName == name && Create(server, bindings, library, forUnknownNamesOnly: ConfigurationSite.IsUnknownName(name)) is { } registration)
                    {
                        yield return registration;
                    }
                }
            }
        }
    }

    private static Registration? Create(ConfigurationSite server, BoundBindings bindings, LibraryBinding library, bool forUnknownNamesOnly = false)
        => server.Configuration.Library != library.Name ? null
            : new Registration(library.Name, server.Configuration, server.IsOptionsRegistration, server.IsPostConfigure, server.OptionsName, bindings)
            {
                ForUnknownNamesOnly = forUnknownNamesOnly,
                BindsSection = server.BindsSection,
                Written = server.Extent ?? server.Configuration.Anchor,
            };

    /// <summary>
    /// Where a registration runs in the application's order: inside a method with one caller (an extension method
    /// called from Program.cs), at that call, a few calls up; otherwise where it is written.
    /// </summary>
    private static Location RunsAt(Location written, BoundBindings bindings)
    {
        var location = written;
        for (var depth = 0; depth < 3 && location.SourceTree is { } tree; depth++)
        {
#pragma warning disable RS1030 // The caller lives in another tree.
            var model = bindings.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            if (model.GetEnclosingSymbol(location.SourceSpan.Start) is not { } enclosing
                || ProtocolReach.Owner(enclosing) is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
                || bindings.CallSites.Calls(method) is not { Length: 1 } calls)
            {
                break;
            }

            location = calls[0].Syntax.GetLocation();
        }

        return location;
    }

    /// <summary>
    /// The calls in <paramref name="tree"/> of a method named as one of <paramref name="library"/>'s registrations or
    /// as the options pattern, in source order, found from the
    /// identifier spellings kept with the tree (<see cref="Spellings"/>): a tree the user did not edit is not read again.
    /// </summary>
    private static List<InvocationExpressionSyntax> RegistrationCalls(SyntaxTree tree, LibraryBinding library)
    {
        var calls = new List<InvocationExpressionSyntax>();
        foreach (var registration in library.Registrations)
        {
            AddCalls(calls, tree, registration.Method);
        }

        foreach (var name in BoundBindings.OptionsMethodNames)
        {
            AddCalls(calls, tree, name);
        }

        calls.Sort((a, b) => a.SpanStart.CompareTo(b.SpanStart));
        return calls;
    }

    private static void AddCalls(List<InvocationExpressionSyntax> calls, SyntaxTree tree, string name)
    {
        foreach (var node in Spellings.Names(tree, name))
        {
            // The name is the invoked one: `x.Name(...)`, `Name(...)`, `x.Name<T>(...)`.
            SyntaxNode invoked = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
            if (invoked.Parent is InvocationExpressionSyntax invocation && invocation.Expression == invoked && !calls.Contains(invocation))
            {
                calls.Add(invocation);
            }
        }
    }

    /// <summary>True when the tree spells the name of a bound options type (a team's options class may configure it).</summary>
    private static bool MentionsOptionsType(SyntaxTree tree, BoundBindings bindings)
    {
        foreach (var name in bindings.OptionsTypeNames)
        {
            if (Spellings.In(tree, name).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The class and record declarations of a tree, without walking into member bodies.</summary>
    private static IEnumerable<TypeDeclarationSyntax> TypeDeclarations(SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is ClassDeclarationSyntax or RecordDeclarationSyntax)
            {
                yield return (TypeDeclarationSyntax)node;
            }
        }
    }

    /// <summary>The body whose operation block holds the registration: a member, an accessor, or the top-level statements.</summary>
    private static SyntaxNode? EnclosingBlock(SyntaxNode node)
    {
        SyntaxNode? found = null;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax:
                    return current;
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }:
                    return current;
                case VariableDeclaratorSyntax { Initializer: { } initializer } when current.Parent?.Parent is FieldDeclarationSyntax:
                    return initializer.Value;
                case GlobalStatementSyntax global:
                    found = global.Parent;
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// A sequence computed as far as its readers have read, shared by them: each element is found once. An exception
    /// (a cancelled analysis) forgets it all, so that a later analysis of the same compilation starts again.
    /// </summary>
    private sealed class Progressive
    {
        private readonly Func<IEnumerable<Registration>> _source;
        private readonly List<Registration> _found = new();
        private IEnumerator<Registration>? _pending;
        private bool _complete;

        public Progressive(Func<IEnumerable<Registration>> source) => _source = source;

        public IEnumerable<Registration> All()
        {
            for (var i = 0; ; i++)
            {
                Registration next;
                lock (_found)
                {
                    // A loop: after a forgotten attempt, this reader's position is found again from the start.
                    while (i >= _found.Count)
                    {
                        if (_complete || !MoveNext())
                        {
                            yield break;
                        }
                    }

                    next = _found[i];
                }

                yield return next;
            }
        }

        /// <summary>Finds one more element; false at the end.</summary>
        private bool MoveNext()
        {
            try
            {
                _pending ??= _source().GetEnumerator();
                if (_pending.MoveNext())
                {
                    _found.Add(_pending.Current);
                    return true;
                }

                _complete = true;
                _pending.Dispose();
                _pending = null;
                return false;
            }
            catch
            {
                _found.Clear();
                _pending = null;
                throw;
            }
        }
    }

    private sealed class Registration
    {
        private readonly BoundBindings _bindings;

        public Registration(string library, ClientConfiguration configuration, bool isOptionsPattern, bool isPostConfigure, string? name, BoundBindings bindings)
        {
            _bindings = bindings;
            Name = name;
            Library = library;
            Configuration = configuration;
            IsOptionsPattern = isOptionsPattern;
            IsPostConfigure = isPostConfigure;
        }

        public string Library { get; }
        public ClientConfiguration Configuration { get; }
        public bool IsOptionsPattern { get; }
        public bool IsPostConfigure { get; }

        /// <summary>The options instance it configures; null for every one.</summary>
        public string? Name { get; }

        /// <summary>Where it is written.</summary>
        public Location Written { get; set; } = Location.None;

        /// <summary>
        /// Where it runs in the application's order (<see cref="RunsAt"/>), found when an order is asked: one host
        /// alone, or several (which decide nothing), needs none.
        /// </summary>
        public Location Order => _order ??= RunsAt(Written, _bindings);

        private Location? _order;

        /// <summary>An options class read for no name: it stands for the hosts whose name is unknown only (each known name has its own reading).</summary>
        public bool ForUnknownNamesOnly { get; set; }

        /// <summary>Options bound from a configuration section: what they write is in the file, not in this code.</summary>
        public bool BindsSection { get; set; }
    }
}
