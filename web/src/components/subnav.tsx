import { Link } from '../router.tsx';

/** Sub-pages of a screen as links (`?fane=`), so each view has its own address and back works. */
export function SubNav({ label, base, items, current }: { label: string; base: string; items: { id: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`${base}?fane=${item.id}`} className={item.id === current ? 'active' : undefined} aria-current={item.id === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
