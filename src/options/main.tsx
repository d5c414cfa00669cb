import { render } from 'preact';
import { SharingSection } from './sharing-section';
import './options.css';

const root = document.getElementById('app');
if (root)
  render(
    <>
      <h1>Detour options</h1>
      <SharingSection />
    </>,
    root,
  );
