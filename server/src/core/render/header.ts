import { isMap, isScalar } from 'yaml';
import { extras, hrefOf, link, linkedText, prose, textElement } from './blocks';
import { KNOWN } from './known';
import { escapeHtml, safeHref } from './html';
import { entries, field, resolved, src, textOf, type RenderContext, type Value } from './source';

/** The page header from `basics`: photo, name, label, contact line, profiles, summary. */
export function header(ctx: RenderContext, basics: Value): string {
  const f = (key: string): Value => field(ctx, basics, key);
  if (!isMap(basics)) {
    const name = textElement(ctx, 'h1', 'vitae-name', basics);
    return name === '' ? '' : `<header class="vitae-header"${src(basics)}>${name}</header>`;
  }
  const parts = [
    photo(ctx, f('image'), textOf(ctx, f('name'))),
    textElement(ctx, 'h1', 'vitae-name', f('name')),
    textElement(ctx, 'p', 'vitae-label', f('label')),
    contact(ctx, basics),
    profiles(ctx, f('profiles')),
    prose(ctx, 'vitae-summary', f('summary')),
    extras(ctx, basics, KNOWN.basics),
  ].filter(Boolean);
  return parts.length === 0 ? '' : `<header class="vitae-header"${src(basics)}>${parts.join('')}</header>`;
}

/** Remote images are fetched only when the user allowed them, and only over https. */
function photo(ctx: RenderContext, image: Value, name: string | undefined): string {
  const url = textOf(ctx, image);
  if (!ctx.allowRemoteImages || url === undefined) return '';
  const href = safeHref(url);
  if (href === undefined || !/^https:/i.test(href)) return '';
  const alt = name === undefined ? 'Photo' : `Photo of ${name}`;
  return `<img class="vitae-photo" src="${escapeHtml(href)}" alt="${escapeHtml(alt)}" referrerpolicy="no-referrer"${src(image)}>`;
}

function contact(ctx: RenderContext, basics: Value): string {
  const f = (key: string): Value => field(ctx, basics, key);
  const email = textOf(ctx, f('email'));
  const phone = textOf(ctx, f('phone'));
  const items = [
    location(ctx, f('location')),
    email === undefined ? '' : emailLink(f('email'), email),
    phone === undefined ? '' : telLink(f('phone'), phone),
    link(ctx, f('url')),
  ]
    .filter(Boolean)
    .map((item) => `<li>${item}</li>`);
  return items.length === 0 ? '' : `<ul class="vitae-contact">${items.join('')}</ul>`;
}

function emailLink(node: Value, email: string): string {
  const address = email.trim().replace(/^mailto:/i, '');
  const href = /^[^\s@<>"]+@[^\s@<>"]+$/.test(address) ? safeHref(`mailto:${address}`) : undefined;
  return href === undefined
    ? `<span class="vitae-email" dir="auto"${src(node)}>${escapeHtml(address)}</span>`
    : `<a class="vitae-email" href="${escapeHtml(href)}" dir="auto"${src(node)}>${escapeHtml(address)}</a>`;
}

/** An email address links with mailto:, a phone number with tel: (digits and + only). */
function telLink(node: Value, phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  const shown = escapeHtml(phone);
  return digits.length < 3
    ? `<span class="vitae-phone" dir="auto"${src(node)}>${shown}</span>`
    : `<a class="vitae-phone" href="tel:${digits}" dir="ltr"${src(node)}>${shown}</a>`;
}

function location(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return textElement(ctx, 'span', 'vitae-location', node);
  const parts = ['address', 'postalCode', 'city', 'region', 'countryCode']
    .map((key) => textElement(ctx, 'span', `vitae-${key}`, field(ctx, node, key)))
    .concat(node.items.filter((pair) => !(isScalar(pair.key) && KNOWN.location.has(String(pair.key.value)))).map((pair) => textElement(ctx, 'span', 'vitae-extra', resolved(ctx, pair.value))))
    .filter(Boolean);
  return parts.length === 0 ? '' : `<span class="vitae-location"${src(node)}>${parts.join(', ')}</span>`;
}

function profiles(ctx: RenderContext, node: Value): string {
  const items = entries(ctx, node)
    .map((item) => profile(ctx, item))
    .filter(Boolean);
  return items.length === 0 ? '' : `<ul class="vitae-profiles"${src(node)}>${items.join('')}</ul>`;
}

/** "GitHub: adaokafor", the username linking to the profile; an unsafe URL is shown as text beside it. */
function profile(ctx: RenderContext, node: Value): string {
  if (!isMap(node)) return textElement(ctx, 'li', 'vitae-profile', node);
  const f = (key: string): Value => field(ctx, node, key);
  const url = f('url');
  const username = f('username');
  const handle =
    textOf(ctx, username) === undefined
      ? link(ctx, url)
      : [linkedText(ctx, 'span', 'vitae-username', username, url), hrefOf(ctx, url) === undefined ? link(ctx, url) : ''].filter(Boolean).join(' ');
  const parts = [textElement(ctx, 'span', 'vitae-network', f('network')), handle, extras(ctx, node, KNOWN.profile, 'span')].filter(Boolean);
  return parts.length === 0 ? '' : `<li class="vitae-profile"${src(node)}>${parts.join(' ')}</li>`;
}
